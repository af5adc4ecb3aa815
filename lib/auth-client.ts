'use client'
import { createAuthClient } from 'better-auth/react'

// Same origin as the page, so the browser sends the session cookie and an Origin header
// better-auth checks against its trusted origins.
export const authClient = createAuthClient()

// The signed-in user, for pages, server actions and route handlers. Verbs in lib/ take the
// user's id and check permissions themselves; this file only answers "who is asking".
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getAuth } from './auth'
import { AppError } from './errors'

export type SessionUser = { id: string; name: string; email: string; isAdmin: boolean }

export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSession())?.user ?? null
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requirePageUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser()
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : '/sign-in')
  return user
}

/** The signed-in user and the id of this browser's session (for the account page), or null. */
export async function getSession(): Promise<{ user: SessionUser; sessionId: string } | null> {
  const session = await getAuth().api.getSession({ headers: await headers() })
  if (!session) return null
  const { id, name, email, isAdmin } = session.user as typeof session.user & { isAdmin?: boolean }
  return { user: { id, name, email, isAdmin: Boolean(isAdmin) }, sessionId: session.session.id }
}

/** For actions and route handlers: the user, or UNAUTHENTICATED. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser()
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in again.')
  return user
}

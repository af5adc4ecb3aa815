'use server'
import { revalidatePath } from 'next/cache'
import { AppError, toActionResult } from '@/lib/errors'
import { getSession } from '@/lib/session'
import { revokeOtherSessions, revokeSession } from '@/lib/users/revoke-sessions'

async function requireSession() {
  const session = await getSession()
  if (!session) throw new AppError('UNAUTHENTICATED', 'Please sign in again.')
  return session
}

export async function revokeSessionAction(sessionId: string) {
  return toActionResult(async () => {
    const { user } = await requireSession()
    const result = await revokeSession({ userId: user.id, sessionId })
    revalidatePath('/account')
    return result
  })
}

export async function revokeOtherSessionsAction() {
  return toActionResult(async () => {
    const { user, sessionId } = await requireSession()
    const result = await revokeOtherSessions({ userId: user.id, keepSessionId: sessionId })
    revalidatePath('/account')
    return result
  })
}

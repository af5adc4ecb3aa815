'use server'
import { toActionResult } from '@/lib/errors'
import { activateAccount } from '@/lib/users/activate-account'

/** Sets the first password from an activation link; the browser signs in with it next. */
export async function activateAccountAction(input: { token: string; name: string; password: string }) {
  return toActionResult(() => activateAccount(input))
}

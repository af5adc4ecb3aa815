'use server'
import { toActionResult } from '@/lib/errors'
import { ensureSamples } from '@/lib/samples/ensure-samples'
import { createFirstAdmin } from '@/lib/users/create-first-admin'

export async function createFirstAdminAction(input: { name: string; email: string; password: string }) {
  return toActionResult(async () => {
    const user = await createFirstAdmin(input)
    // The first administrator gets the sample projects to explore.
    if (process.env.TANDEM_SAMPLES !== '0') await ensureSamples({ ownerId: user.id })
    return { id: user.id }
  })
}

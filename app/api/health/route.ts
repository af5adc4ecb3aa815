import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

/** Liveness and database readiness, for the start script and monitoring. No data is exposed. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`
    return NextResponse.json({ ok: true })
  } catch (error) {
    console.error('[tandem] health check failed:', error)
    return NextResponse.json({ ok: false }, { status: 503 })
  }
}

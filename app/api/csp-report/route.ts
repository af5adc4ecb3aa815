import { NextResponse } from 'next/server'
import { z } from 'zod'

// Browsers post Content-Security-Policy violations here (report-uri and report-to, see
// lib/security/csp.ts). A violation means something tried to run or load what the policy
// forbids: an injection attempt or a bug. Each one becomes one bounded log line; nothing is
// stored, so the endpoint needs no session and cannot be used to fill the database.
const MAX_REPORT_BYTES = 16_000

const cspReportSchema = z.object({
  'document-uri': z.string().max(2000).optional(),
  'violated-directive': z.string().max(200).optional(),
  'effective-directive': z.string().max(200).optional(),
  'blocked-uri': z.string().max(2000).optional(),
  'source-file': z.string().max(2000).optional(),
  'line-number': z.number().optional(),
})
const reportToSchema = z.array(
  z.object({
    type: z.string().max(100),
    body: z.object({
      documentURL: z.string().max(2000).optional(),
      effectiveDirective: z.string().max(200).optional(),
      blockedURL: z.string().max(2000).optional(),
      sourceFile: z.string().max(2000).optional(),
      lineNumber: z.number().optional(),
    }),
  }),
)

export type CspViolation = { page?: string; directive?: string; blocked?: string; source?: string; line?: number }

function parseReports(body: unknown): CspViolation[] {
  const legacy = z.object({ 'csp-report': cspReportSchema }).safeParse(body)
  if (legacy.success) {
    const r = legacy.data['csp-report']
    return [{ page: r['document-uri'], directive: r['effective-directive'] ?? r['violated-directive'], blocked: r['blocked-uri'], source: r['source-file'], line: r['line-number'] }]
  }
  const reports = reportToSchema.safeParse(body)
  if (!reports.success) return []
  return reports.data
    .filter((r) => r.type === 'csp-violation')
    .map((r) => ({ page: r.body.documentURL, directive: r.body.effectiveDirective, blocked: r.body.blockedURL, source: r.body.sourceFile, line: r.body.lineNumber }))
}

export async function POST(request: Request) {
  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_REPORT_BYTES) return new NextResponse(null, { status: 413 })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return new NextResponse(null, { status: 400 })
  }
  for (const violation of parseReports(body)) console.warn('[tandem] CSP violation:', JSON.stringify(violation))
  return new NextResponse(null, { status: 204 })
}

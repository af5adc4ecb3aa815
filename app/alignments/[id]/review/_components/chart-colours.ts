// Colours of the review charts: statuses as in the rest of the interface (globals.css), severities
// from light to dark so that they read in order even in grey.
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import type { AnnotationSeverity } from '@/lib/quality/severity-weights'

export const statusColours: Record<ReviewStatus, string> = {
  APPROVED: '#1a7f37',
  NEEDS_WORK: '#bf8700',
  REJECTED: '#cf222e',
  UNREVIEWED: '#d1d9e0',
}

export const severityColours: Record<AnnotationSeverity, string> = {
  NEUTRAL: '#afb8c1',
  MINOR: '#e3b341',
  MAJOR: '#db6d28',
  CRITICAL: '#a40e26',
}

export const findingSeverityColours = { minor: severityColours.MINOR, major: severityColours.MAJOR, critical: severityColours.CRITICAL } as const

// The export API's address for a set of options (the export page shows it and fetches it);
// exportQuerySchema (export-query.ts) reads it back. No dependency: it runs in the browser.
import type { ExportOptions } from '../formats/types'

/** The search parameters for `options`. */
export function exportQuery(options: ExportOptions): string {
  return new URLSearchParams({
    format: options.format,
    beads: options.beads,
    oneSided: options.oneSided,
    comments: String(options.includeComments),
    annotations: String(options.includeAnnotations),
    bom: String(options.bom),
  }).toString()
}

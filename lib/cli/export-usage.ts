// The export command's usage, apart from the command: `tandem --help` and `tandem align` must not
// load the export formats (and their dependencies) to print it.
export const EXPORT_USAGE = `tandem export --pair FILE.json --format tmx|xliff12|xliff21|csv|tsv|jsonl
             [--beads all|confirmed|approved] [--one-sided skip|keep] [--bom]
    Aligns a pair file in the evaluation format and writes the export to stdout: TMX 1.4b,
    XLIFF 1.2, XLIFF 2.1, CSV or TSV (RFC 4180), or JSON Lines, UTF-8 without BOM unless
    --bom. One-sided beads (1-0, 0-1) are kept where the format can hold them (csv, tsv,
    jsonl) and left out elsewhere, unless --one-sided says otherwise.`

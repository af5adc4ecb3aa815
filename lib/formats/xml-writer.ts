// A small escaping writer: exports are built from strings, so everything that goes into
// XML passes through these two functions.

// XML 1.0 (§2.2 Char) forbids C0 controls other than tab, LF and CR, lone surrogates, and
// U+FFFE/U+FFFF. Strict importers (xmllint, lxml, Java's parsers) reject a whole file for
// one of them, so they are dropped rather than escaped: &#1; is forbidden too.
const FORBIDDEN_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function removeForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, '')
}

export function countForbiddenXmlChars(text: string): number {
  return text.match(FORBIDDEN_XML_CHARS)?.length ?? 0
}

/** Character data. CR is written as a reference because parsers turn a literal CR into LF. */
export function escapeXmlText(text: string): string {
  return removeForbiddenXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

/** Attribute values in double quotes. Tab, LF and CR are references: attribute-value normalisation would turn them into spaces. */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

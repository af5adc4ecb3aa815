// Reading untrusted XML: well-formedness first (fast-xml-parser's validator gives line and
// column), then a small ordered tree, because inline markup (TMX <bpt>, XLIFF <g>, <mrk>)
// sits in mixed content where order matters.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ImportError } from './import-error'
import { importMessage, type ImportMessageCode, type ImportMessageParams } from './import-message'

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decodes numeric character references (&#10;) as well as the XML entities; the HTML
  // named entities it also accepts are harmless leniency.
  htmlEntities: true,
})

/** The root element; throws ImportError MALFORMED_XML with line and column. */
export function parseXml(text: string): XmlElement {
  const verdict = XMLValidator.validate(text)
  if (verdict !== true) throw malformed(text, verdict.err)
  let ordered: OrderedNode[]
  try {
    ordered = parser.parse(text) as OrderedNode[]
  } catch (error) {
    // The parser refuses external entities and runaway entity expansion (billion laughs).
    throw new ImportError('MALFORMED_XML', importMessage('xmlUnreadable', { detail: (error as Error).message }))
  }
  const root = ordered.map(toNode).find((node): node is XmlElement => typeof node !== 'string')
  if (!root) throw new ImportError('MALFORMED_XML', importMessage('xmlNoRoot'))
  return root
}

// fast-xml-parser's messages, reworded into the one sentence the user reads.
function malformed(text: string, { line, col, msg }: { line: number; col: number; msg: string }): ImportError {
  const at = (where: { line: number; column: number }, code: ImportMessageCode, params: ImportMessageParams = {}) =>
    new ImportError('MALFORMED_XML', importMessage(code, { line: where.line, column: where.column, ...params }), where)
  const stillOpen = /^Invalid '\[(.*)\]' found\.$/s.exec(msg)
  if (stillOpen) {
    // Reported at 1:1; the problem is at the end of the file.
    const lines = text.split('\n')
    const names = [...stillOpen[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`)
    return at({ line: lines.length, column: lines[lines.length - 1].length + 1 }, 'xmlCutOff', { tags: names.join(', '), count: names.length })
  }
  const mismatch = /^Expected closing tag '([^']+)' \(opened in line (\d+), col \d+\) instead of closing tag '([^']+)'\.$/.exec(msg)
  if (mismatch) return at({ line, column: col }, 'xmlTagMismatch', { found: mismatch[3], expected: mismatch[1], openedLine: Number(mismatch[2]) })
  const unclosed = /^Unclosed tag '([^']+)'\.$/.exec(msg)
  if (unclosed) return at({ line, column: col }, 'xmlUnclosedTag', { tag: unclosed[1] })
  if (msg === 'Extra text at the end') return at({ line, column: col }, 'xmlExtraText')
  for (const [pattern, code, name] of parserMessages) {
    const match = pattern.exec(msg)
    if (match) return at({ line, column: col }, code, name ? { [name]: match[1] } : {})
  }
  // A message this table does not know (a newer parser): its own wording, in English.
  return at({ line, column: col }, 'xmlOther', { detail: /[.!?]$/.test(msg) ? msg : `${msg}.` })
}

/** The validator's other messages (fast-xml-parser's validator.js), each with the name it quotes. */
const parserMessages: [RegExp, ImportMessageCode, string?][] = [
  [/^XML declaration allowed only at the start of the document\.$/, 'xmlDeclarationNotFirst'],
  [/^Start tag expected\.$/, 'xmlStartTagExpected'],
  [/^Multiple possible root nodes found\.$/, 'xmlSeveralRoots'],
  [/^Invalid space after '<'\.$/, 'xmlSpaceAfterLt'],
  [/^Tag '(.*)' is an invalid name\.$/s, 'xmlInvalidTagName', 'tag'],
  [/^Closing tag '(.*)' has not been opened\.$/s, 'xmlClosingNotOpened', 'tag'],
  [/^Closing tag '(.*)' doesn't have proper closing\.$/s, 'xmlClosingUnfinished', 'tag'],
  [/^Closing tag '(.*)' can't have attributes or invalid starting\.$/s, 'xmlClosingWithAttributes', 'tag'],
  [/^char '(.*)' is not expected\.$/s, 'xmlUnexpectedChar', 'char'],
  [/^boolean attribute '(.*)' is not allowed\.$/s, 'xmlBooleanAttribute', 'attribute'],
  [/^Attributes for '(.*)' have open quote\.$/s, 'xmlAttributeOpenQuote', 'tag'],
  [/^Attribute '(.*)' is without value\.$/s, 'xmlAttributeWithoutValue', 'attribute'],
  [/^Attribute '(.*)' has no space in starting\.$/s, 'xmlAttributeNoSpace', 'attribute'],
  [/^Attribute '(.*)' is repeated\.$/s, 'xmlAttributeRepeated', 'attribute'],
  [/^Attribute '(.*)' is an invalid name\.$/s, 'xmlAttributeInvalidName', 'attribute'],
]

function toNode(node: OrderedNode): XmlNode {
  const name = Object.keys(node).find((key) => key !== ':@')
  if (name === undefined) return ''
  if (name === '#text') return String(node[name])
  return { name, attrs: node[':@'] ?? {}, children: (node[name] as OrderedNode[]).map(toNode) }
}

/** "xlf:trans-unit" → "trans-unit": files use prefixes freely, the names are what count. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || localName(child.name) === name),
  )
}

export function firstElement(parent: XmlElement, name: string): XmlElement | undefined {
  return elements(parent, name)[0]
}

/**
 * Every descendant element called `name`, in document order (groups nest units), with
 * whether xml:space="preserve" is in effect for it (declared on it or inherited).
 */
export function descendants(parent: XmlElement, name: string, preserve = false): { element: XmlElement; preserve: boolean }[] {
  return elements(parent).flatMap((child) => {
    const childPreserve = isPreserved(child, preserve)
    return localName(child.name) === name ? [{ element: child, preserve: childPreserve }] : descendants(child, name, childPreserve)
  })
}

/** xml:space on the element, else what its parent had. */
export function isPreserved(element: XmlElement, inherited: boolean): boolean {
  const space = element.attrs['xml:space']
  return space === undefined ? inherited : space === 'preserve'
}

/** Concatenated character data; `skip` names elements whose content is not text (inline codes). */
export function textContent(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (!skip.has(localName(child.name))) text += textContent(child, skip)
  }
  return text
}

/** xml:space="default": runs of XML whitespace become one space, ends trimmed (as translate-toolkit reads it). */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim()
}

// HTML → plain text: block elements become paragraphs; scripts, styles and page
// navigation are dropped; entities are decoded by the parser.
import { Parser } from 'htmlparser2'

// Never text a translator translates.
const dropped = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'svg', 'math', 'iframe', 'object', 'select', 'button'])
// Page banners and footers are boilerplate, but an <article>'s own header (its title, its
// byline) is content: they are dropped only outside article and main.
const pageChrome = new Set(['header', 'footer'])
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo'])
const contentRoots = new Set(['article', 'main'])

const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'ul',
])

/** The text of an HTML document, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const paragraphs: string[] = []
  const open: { name: string; isDropped: boolean }[] = []
  let current = ''
  let preDepth = 0
  let dropDepth = 0
  // Open <article>/<main> elements, counted rather than searched for in `open` on every tag:
  // the search made deeply nested documents quadratic (50,000 nested divs took 17 s).
  let contentDepth = 0
  const flush = () => {
    // Inside <pre> line structure is content; blank lines there would split the block.
    const paragraph = current
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isDropped =
          dropped.has(name) || chromeRoles.has(attributes.role ?? '') || (pageChrome.has(name) && contentDepth === 0)
        open.push({ name, isDropped })
        if (contentRoots.has(name)) contentDepth++
        if (isDropped) dropDepth++
        if (dropDepth > 0) return
        if (blocks.has(name)) flush()
        if (name === 'pre') preDepth++
        if (name === 'br') current += '\n'
      },
      ontext(data) {
        if (dropDepth > 0) return
        // Outside <pre>, HTML collapses whitespace runs (line breaks included) to one space.
        current += preDepth > 0 ? data : data.replace(/[ \t\n\f\r]+/g, ' ')
      },
      onclosetag(name) {
        const element = open.pop()
        if (element && contentRoots.has(element.name)) contentDepth--
        if (element?.isDropped) {
          dropDepth--
          return
        }
        if (dropDepth > 0) return
        if (name === 'pre') preDepth--
        if (blocks.has(name)) flush()
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  flush()
  return paragraphs.join('\n\n')
}

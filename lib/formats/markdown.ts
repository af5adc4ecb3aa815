// Markdown → plain text: every block (heading, paragraph, list item, quote, code block)
// becomes a paragraph; markup (emphasis, links, fences) is dropped, its text kept.
import type { Nodes, Parents, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { htmlToText } from './html'
import { ImportError } from './import-error'
import { importMessage } from './import-message'

export function markdownToText(markdown: string): string {
  try {
    return blockTexts(fromMarkdown(markdown).children).filter(Boolean).join('\n\n')
  } catch (error) {
    // Regression: 10,000 nested blockquotes overflowed the stack (a RangeError, which the
    // user saw as "something went wrong"); no real document nests that deep.
    if (error instanceof RangeError) throw new ImportError('INVALID', importMessage('markdownTooDeep'))
    throw error
  }
}

function blockTexts(nodes: RootContent[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        return [toString(withPlainInlines(node)).trim()]
      case 'list':
      case 'listItem':
      case 'blockquote':
        return blockTexts(node.children)
      case 'code':
        // A blank line inside a code block would split it into several paragraphs.
        return [node.value.split('\n').filter((line) => line.trim()).join('\n')]
      case 'html':
        return [htmlToText(node.value)]
      default:
        // thematicBreak, definition, footnotes: no text to translate.
        return []
    }
  })
}

/**
 * mdast-util-to-string drops hard line breaks and keeps inline HTML tags as text; this
 * copy has a line feed for each break and no inline tags.
 */
function withPlainInlines<T extends Nodes>(node: T): T {
  if (node.type === 'break') return { type: 'text', value: '\n' } as unknown as T
  if (node.type === 'html') return { type: 'text', value: '' } as unknown as T
  if (!('children' in node)) return node
  return { ...node, children: (node as Parents).children.map((child) => withPlainInlines(child)) }
}

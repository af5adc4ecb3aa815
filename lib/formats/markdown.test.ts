import { expect, test } from 'vitest'
import { markdownToText } from './markdown'

test.each([
  ['headings and emphasis lose their markup', '# A *big* title\n\nSome **bold** and `code` and [a link](http://x).', 'A big title\n\nSome bold and code and a link.'],
  ['list items, nested ones too, are paragraphs', '- first\n- second\n  1. nested', 'first\n\nsecond\n\nnested'],
  ['a fenced code block is one paragraph of its text', '```js\nconst a = 1\n\nconst b = 2\n```', 'const a = 1\nconst b = 2'],
  ['soft and hard line breaks stay inside the paragraph', 'line one\nline two  \nline three', 'line one\nline two\nline three'],
  ['quotes, inline HTML and images', '> quoted <b>text</b> ![alt text](i.png)', 'quoted text alt text'],
  ['block HTML is read as HTML; rules and definitions vanish', '<div><p>In HTML</p></div>\n\n---\n\n[ref]: http://x', 'In HTML'],
])('%s', (_name, markdown, text) => {
  expect(markdownToText(markdown)).toBe(text)
})

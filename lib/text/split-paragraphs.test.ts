import { describe, expect, it } from 'vitest'
import { normalizeNewlines, splitParagraphs } from './split-paragraphs'

describe('splitParagraphs', () => {
  it.each([
    ['empty text', '', []],
    ['only whitespace', ' \n\t\n  ', []],
    ['one paragraph', 'Hello world.', ['Hello world.']],
    ['blank line separates', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['single newline stays inside', 'Line one\nline two\n\nNext.', ['Line one\nline two', 'Next.']],
    ['several blank lines and spaces', '\n\n  A  \n \n\n\t\nB\n\n', ['A', 'B']],
    ['CRLF line ends', 'A\r\nstill A\r\n\r\nB', ['A\nstill A', 'B']],
    ['old Mac CR line ends', 'A\r\rB', ['A', 'B']],
    ['BOM dropped', '\uFEFFA\n\nB', ['A', 'B']],
    ['trailing spaces of inner lines removed', 'A  \nB', ['A\nB']],
    ['right-to-left text kept as is', 'مرحبا بالعالم\n\nسلام', ['مرحبا بالعالم', 'سلام']],
  ])('%s', (_name, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected)
  })

  it('splits every non-empty line in line-breaks mode', () => {
    expect(splitParagraphs('A\nB\n\n C ', 'line-breaks')).toEqual(['A', 'B', 'C'])
  })

  it('normalises Unicode separators', () => {
    expect(normalizeNewlines('a\u2028b\u2029c\u0085d')).toBe('a\nb\nc\nd')
  })
})

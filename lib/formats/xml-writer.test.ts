import { expect, test } from 'vitest'
import { escapeXmlAttr, escapeXmlText, removeForbiddenXmlChars } from './xml-writer'

test.each([
  ['markup characters', 'a & b < c > d ]]> e', 'a &amp; b &lt; c &gt; d ]]&gt; e', 'a &amp; b &lt; c &gt; d ]]&gt; e'],
  ['quotes (only attributes need them escaped)', `"double" 'single'`, `"double" 'single'`, `&quot;double&quot; 'single'`],
  ['line ends and tabs (attribute normalisation would eat them)', 'a\nb\tc\rd', 'a\nb\tc&#13;d', 'a&#10;b&#9;c&#13;d'],
  ['C0 controls XML 1.0 forbids', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg', 'abcdefg'],
  ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc', 'abc'],
  ['lone surrogates, but not pairs', 'a\uD800b\uDC00c😀d\uDBFF', 'abc😀d', 'abc😀d'],
  ['RTL and CJK pass untouched', 'مرحبا 世界 こんにちは', 'مرحبا 世界 こんにちは', 'مرحبا 世界 こんにちは'],
])('%s', (_name, input, asText, asAttr) => {
  expect(escapeXmlText(input)).toBe(asText)
  expect(escapeXmlAttr(input)).toBe(asAttr)
})

test('C1 controls and other allowed characters are kept', () => {
  expect(removeForbiddenXmlChars('\u0085\u009F\u00A0\uFFFD')).toBe('\u0085\u009F\u00A0\uFFFD')
})

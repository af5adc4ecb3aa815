import { expect, test } from 'vitest'
import { htmlToText } from './html'

test.each([
  ['block elements become paragraphs, inline ones do not', '<h1>Title</h1><p>One <b>bold</b> <a href="#">link</a>.</p><ul><li>first</li><li>second</li></ul>', 'Title\n\nOne bold link.\n\nfirst\n\nsecond'],
  ['scripts, styles and navigation are dropped', '<head><title>T</title><style>p{}</style></head><body><nav>Home | About</nav><script>alert(1)</script><p>Text</p><div role="navigation">Menu</div></body>', 'Text'],
  ['page header and footer are dropped, an article header is kept', '<header>Site banner</header><article><header><h1>Headline</h1></header><p>Body</p><footer>By Ann</footer></article><footer>© Site</footer>', 'Headline\n\nBody\n\nBy Ann'],
  ['entities are decoded', '<p>Fish &amp; chips &lt;3 &eacute;t&#233; &#x201C;q&#8221;&nbsp;!</p>', 'Fish & chips <3 été “q”\u00a0!'],
  ['whitespace collapses, <br> is a line break', '<p>one\n   two<br>three</p>', 'one two\nthree'],
  ['<pre> keeps its lines but not blank ones', '<pre>a  b\n\n  c</pre>', 'a  b\nc'],
  ['table cells are paragraphs', '<table><tr><td>A</td><td>B</td></tr></table>', 'A\n\nB'],
])('%s', (_name, html, text) => {
  expect(htmlToText(html)).toBe(text)
})

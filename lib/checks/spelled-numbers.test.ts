import { describe, expect, it } from 'vitest'
import { spelledNumbers } from './spelled-numbers'

describe('spelledNumbers', () => {
  it.each([
    ['en', 'two packages, the third one, twice', [[2, 2], [3, 1], [1, 1]]],
    ['en', 'a one-to-one mapping', [[1, 2]]],
    ['en', 'twenty-four hours', [[24, 1]]],
    ['de', 'zwei Pakete, das dritte, zweimal', [[2, 2], [3, 1]]],
    ['de', 'vierundzwanzig Stunden', [[24, 1]]],
    ['de', 'der dritte Achttausender', [[3, 1], [8000, 1]]],
    ['de', 'den sechsten, dann den siebten und schliesslich den achten Grad', [[6, 1], [7, 1], [8, 1]]],
    ['de', 'dreihundertfünfzig Meter', [[350, 1]]],
    ['de', 'einfach und dreist', []],
    ['fr', 'vingt-quatre heures, dix-huit heures', [[24, 1], [18, 1]]],
    ['fr', 'peut-être deux', [[2, 1]]],
    ['ru', 'два пакета', [[2, 1]]],
    ['zh', '两个软件包', [[2, 1]]],
    ['ar', 'وثلاثة أيام', [[3, 1]]],
    ['xx', 'two', []],
    ['fr', 'le camp IV et le camp XI', [[4, 1], [11, 1]]],
    ['en', 'I saw chapter II', [[2, 1]]],
    ['en', 'MIX and VIVID', []],
  ])('reads %s "%s"', (language, text, expected) => {
    expect([...spelledNumbers(text, language)]).toEqual(expected)
  })
})

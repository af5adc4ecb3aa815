// Small numbers written as words or Roman numerals. A translator may write "two" where the
// original has "2" (or "sechsten" for "6e", "camp IV" for "Lager 4"); that is a choice of style,
// not an error, so the numbers check stays quiet when the other side spells out the missing
// value. Only values a text commonly spells out are listed; everything else must match as digits.

type Lexicon = Record<number, string>

// Forms per value, space-separated, lower case. German ordinals are built from their stems
// below because each takes five endings.
const LEXICONS: Record<string, Lexicon> = {
  en: {
    0: 'zero', 1: 'one once first single', 2: 'two twice second double', 3: 'three thrice third triple',
    4: 'four fourth', 5: 'five fifth', 6: 'six sixth', 7: 'seven seventh', 8: 'eight eighth', 9: 'nine ninth',
    10: 'ten tenth', 11: 'eleven eleventh', 12: 'twelve twelfth dozen', 20: 'twenty twentieth',
    100: 'hundred', 1000: 'thousand',
  },
  de: {
    0: 'null', 1: 'eins ein eine einen einem einer eines einmal', 2: 'zwei zweimal', 3: 'drei dreimal', 4: 'vier',
    5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn', 11: 'elf', 12: 'zwölf dutzend',
    20: 'zwanzig', 100: 'hundert', 1000: 'tausend',
  },
  fr: {
    0: 'zéro', 1: 'un une premier première unique', 2: 'deux deuxième second seconde', 3: 'trois troisième',
    4: 'quatre quatrième', 5: 'cinq cinquième', 6: 'six sixième', 7: 'sept septième', 8: 'huit huitième',
    9: 'neuf neuvième', 10: 'dix dixième', 11: 'onze onzième', 12: 'douze douzième douzaine', 20: 'vingt vingtième',
    100: 'cent', 1000: 'mille',
  },
  es: {
    0: 'cero', 1: 'uno una un primero primera primer', 2: 'dos segundo segunda', 3: 'tres tercero tercera tercer',
    4: 'cuatro cuarto cuarta', 5: 'cinco quinto quinta', 6: 'seis sexto sexta', 7: 'siete séptimo séptima',
    8: 'ocho octavo octava', 9: 'nueve noveno novena', 10: 'diez décimo décima', 11: 'once', 12: 'doce docena',
    20: 'veinte', 100: 'cien ciento', 1000: 'mil',
  },
  it: {
    0: 'zero', 1: 'uno una un primo prima', 2: 'due secondo seconda', 3: 'tre terzo terza', 4: 'quattro quarto quarta',
    5: 'cinque quinto quinta', 6: 'sei sesto sesta', 7: 'sette settimo settima', 8: 'otto ottavo ottava',
    9: 'nove nono nona', 10: 'dieci decimo decima', 11: 'undici', 12: 'dodici dozzina', 20: 'venti',
    100: 'cento', 1000: 'mille',
  },
  pt: {
    0: 'zero', 1: 'um uma primeiro primeira', 2: 'dois duas segundo segunda', 3: 'três terceiro terceira',
    4: 'quatro quarto quarta', 5: 'cinco quinto quinta', 6: 'seis sexto sexta', 7: 'sete sétimo sétima',
    8: 'oito oitavo oitava', 9: 'nove nono nona', 10: 'dez décimo décima', 11: 'onze', 12: 'doze dúzia',
    20: 'vinte', 100: 'cem cento', 1000: 'mil',
  },
  nl: {
    0: 'nul', 1: 'een één eerste', 2: 'twee tweede', 3: 'drie derde', 4: 'vier vierde', 5: 'vijf vijfde',
    6: 'zes zesde', 7: 'zeven zevende', 8: 'acht achtste', 9: 'negen negende', 10: 'tien tiende', 11: 'elf elfde',
    12: 'twaalf twaalfde', 20: 'twintig', 100: 'honderd', 1000: 'duizend',
  },
  ru: {
    0: 'ноль нуль', 1: 'один одна одно одного одной первый первая первое первого первой первом',
    2: 'два две двух двум второй вторая второе второго дважды', 3: 'три трёх трех третий третья третье третьего',
    4: 'четыре четырёх четырех четвёртый четвертый четвёртая четвертая', 5: 'пять пяти пятый пятая пятое',
    6: 'шесть шести шестой шестая', 7: 'семь семи седьмой седьмая', 8: 'восемь восьми восьмой восьмая',
    9: 'девять девяти девятый девятая', 10: 'десять десяти десятый десятая', 11: 'одиннадцать', 12: 'двенадцать',
    20: 'двадцать', 100: 'сто', 1000: 'тысяча тысячи',
  },
  // Chinese and Japanese write words without spaces: these are single characters, looked up anywhere.
  zh: { 0: '零', 1: '一', 2: '二 两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十', 100: '百', 1000: '千' },
  ar: {
    1: 'واحد واحدة الأول الأولى', 2: 'اثنان اثنين اثنتان اثنتين الثاني الثانية', 3: 'ثلاثة ثلاث الثالث الثالثة',
    4: 'أربعة أربع الرابع الرابعة', 5: 'خمسة خمس الخامس الخامسة', 6: 'ستة ست السادس السادسة',
    7: 'سبعة سبع السابع السابعة', 8: 'ثمانية ثماني الثامن الثامنة', 9: 'تسعة تسع التاسع التاسعة',
    10: 'عشرة عشر العاشر العاشرة', 100: 'مئة مائة', 1000: 'ألف',
  },
}
LEXICONS.ja = LEXICONS.zh

const GERMAN_ORDINAL_STEMS: Record<number, string[]> = {
  1: ['erst'], 2: ['zweit'], 3: ['dritt'], 4: ['viert'], 5: ['fünft'], 6: ['sechst'], 7: ['siebt', 'siebent'],
  8: ['acht'], 9: ['neunt'], 10: ['zehnt'], 11: ['elft'], 12: ['zwölft'], 20: ['zwanzigst'], 100: ['hundertst'],
}
const GERMAN_ORDINAL_ENDINGS = ['e', 'en', 'er', 'es', 'em']
for (const [value, stems] of Object.entries(GERMAN_ORDINAL_STEMS)) {
  const forms = stems.flatMap((stem) => GERMAN_ORDINAL_ENDINGS.map((ending) => stem + ending))
  LEXICONS.de[Number(value)] += ` ${forms.join(' ')}`
}

const WORD_VALUES = new Map<string, Map<string, number>>(
  Object.entries(LEXICONS).map(([code, lexicon]) => [
    code,
    new Map(Object.entries(lexicon).flatMap(([value, forms]) => forms.split(' ').map((form) => [form, Number(value)] as const))),
  ]),
)

// German writes a number as one word: "vierundzwanzig", "Achttausender", "dreihundertste".
const GERMAN_MORPHEMES: [string, number][] = [
  ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
  ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
  ['tausend', 1000], ['hundert', 100], ['sieben', 7], ['zwölf', 12], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6],
  ['acht', 8], ['neun', 9], ['zehn', 10], ['eins', 1], ['ein', 1], ['elf', 11], ['und', 0],
]
// What may follow the number in one word: inflection, ordinal endings, "-mal" (times).
const GERMAN_ENDINGS = new Set(['', 'e', 'er', 'ern', 'en', 'es', 'em', 'ste', 'sten', 'ster', 'stes', 'stem', 'te', 'ten', 'ter', 'tes', 'tem', 'mal'])

/** The value of a German number word, or undefined. */
function germanNumber(word: string): number | undefined {
  let total = 0
  let current = 0
  let rest = word.replace(/ss/g, 'ß')
  let parts = 0
  for (;;) {
    const morpheme = GERMAN_MORPHEMES.find(([form]) => rest.startsWith(form))
    if (!morpheme) break
    const [form, value] = morpheme
    if (value === 1000) {
      total += (current || 1) * 1000
      current = 0
    } else if (value === 100) {
      current = (current || 1) * 100
    } else {
      current += value
    }
    rest = rest.slice(form.length)
    parts++
  }
  return parts > 0 && GERMAN_ENDINGS.has(rest) && !word.startsWith('und') ? total + current : undefined
}

/** "twenty-four", "vingt-quatre", "dix-huit": number words joined by hyphens. */
function hyphenatedNumber(word: string, values: Map<string, number>): number | undefined {
  const parts = word.split('-').map((part) => values.get(part))
  if (parts.length < 2 || parts.some((value) => value === undefined)) return undefined
  return (parts as number[]).reduce((sum, value) => (value >= 100 ? (sum || 1) * value : sum + value), 0)
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu
const CHARACTER = /\p{Script=Han}/gu
// Arabic joins the conjunction "wa" and prepositions to the next word ("وثلاثة"); try without them.
const ARABIC_PREFIXES = /^(?:و|ف|ب|ل)/

function valueOf(word: string, languageCode: string, values: Map<string, number>): number | undefined {
  const value = values.get(word) ?? hyphenatedNumber(word, values)
  if (value !== undefined) return value
  if (languageCode === 'de') return germanNumber(word)
  if (languageCode === 'ar') return values.get(word.replace(ARABIC_PREFIXES, ''))
  return undefined
}

// Roman numerals up to 39 ("Lager 4" / "camp IV", "Bd. XI"), in capitals. A lone "I" is the
// English pronoun, not a one.
const ROMAN = /(?<![\p{L}\p{N}])(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 }

function romanValue(numeral: string): number {
  let value = 0
  for (let i = 0; i < numeral.length; i++) {
    const digit = ROMAN_VALUES[numeral[i]]
    value += digit < (ROMAN_VALUES[numeral[i + 1]] ?? 0) ? -digit : digit
  }
  return value
}

/** How often each spelled-out value occurs in the text, for a language with a lexicon. */
export function spelledNumbers(text: string, languageCode: string): Map<number, number> {
  const counts = new Map<number, number>()
  for (const [numeral] of text.matchAll(ROMAN)) {
    if (numeral === 'I' && languageCode === 'en') continue
    const value = romanValue(numeral)
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const values = WORD_VALUES.get(languageCode)
  if (!values) return counts
  const words = languageCode === 'zh' || languageCode === 'ja' ? text.match(CHARACTER) : text.toLowerCase().match(WORD)
  for (const word of words ?? []) {
    const whole = valueOf(word, languageCode, values)
    // A hyphenated word that is not one number may still hold some ("one-to-one", "zwei-drittel").
    const found = whole !== undefined ? [whole] : word.includes('-') ? word.split('-').map((part) => valueOf(part, languageCode, values)) : []
    for (const value of found) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

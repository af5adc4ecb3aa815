// One English sentence per finding, for logs, exports and the command line. The app builds
// its own (German or English) message from `check` and `params`.

import type { Finding } from './types'

function pair(params: Finding['params']): string {
  return `${params.source || '—'} / ${params.target || '—'}`
}

export function describeFinding(finding: Finding): string {
  const { params } = finding
  switch (finding.check) {
    case 'numbers':
      return `Numbers differ: ${pair(params)}`
    case 'dates':
      return `Dates differ: ${pair(params)}`
    case 'urls':
      return `URLs differ: ${pair(params)}`
    case 'emails':
      return `E-mail addresses differ: ${pair(params)}`
    case 'entities':
      return `Names or terms on one side only: ${pair(params)}`
    case 'brackets':
      return `Brackets differ: ${pair(params)}${params.unbalanced !== 'none' ? ` (unbalanced in ${params.unbalanced})` : ''}`
    case 'quotes':
      return `Quotation marks differ: ${pair(params)}${params.unbalanced !== 'none' ? ` (unbalanced in ${params.unbalanced})` : ''}`
    case 'untranslated':
      return params.kind === 'identical'
        ? 'Target is identical to the source (untranslated?)'
        : `Target copies ${params.words} words of the source unchanged (partly untranslated?)`
    case 'wrong-language':
      return `Target appears to be in the source language (${params.language})`
    case 'empty-source':
      return 'Source is empty: text added in the translation?'
    case 'empty-target':
      return 'Target is empty: text omitted in the translation?'
    case 'length-ratio':
      return `Target is ${params.relative}× the expected length (${params.direction} than usual)`
  }
}

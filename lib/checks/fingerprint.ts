// A finding's fingerprint keeps a reviewer's dismissal until either text changes. It must be the
// same in the browser and on the server, so no node:crypto: a 64-bit variant of cyrb53
// (public domain, https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js) over
// UTF-16 code units. Not cryptographic; one collision would only revive or hide one dismissal.

import type { CheckCode } from './types'

// Separators that cannot be confused with text: paragraph and side boundaries are part of what
// is hashed, so ["ab", "c"] and ["a", "bc"] give different fingerprints.
const PARAGRAPH = '\u0000'
const SIDE = '\u0001'

/** 64 bits of cyrb53 as 16 hex digits. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** A key for a bead's texts (paragraph and side boundaries included), e.g. for caching findings. */
export function textsKey(source: readonly string[], target: readonly string[]): string {
  return hash64([source.join(PARAGRAPH), target.join(PARAGRAPH)].join(SIDE))
}

export function fingerprint(check: CheckCode, detail: string, source: string[], target: string[]): string {
  const text = [check, detail, source.join(PARAGRAPH), target.join(PARAGRAPH)].join(SIDE)
  return `${check}:${hash64(text)}`
}

// URLs and e-mail addresses: both must survive translation unchanged. Found before the other
// checks so that numbers and names inside a link are not reported twice.

import { diffTokens } from './diff-parts'
import { matchByKeys } from './match'
import type { Side } from './side'
import { spanOf, type Token } from './text'
import type { Draft, Severity } from './types'

export type LinkToken = Token & { kind: 'url' | 'email'; key: string }

// Characters that end a link in running text: spaces, quotes of every language, angle
// brackets and the arrow the Debian handbook puts after its links ("https://…/→").
const URL = /\b(?:(?:https?|ftps?|sftp|ssh|git|file):\/\/|www\.)[^\s<>"“”„«»‹›「」→]+/giu
// An address, matched from its "@" outwards: a pattern scanning for the local part from every
// position of a long paragraph would take quadratic time.
const LOCAL_PART = /[\p{L}\p{N}._%+-]+$/u
const DOMAIN = /^@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/u
// RFC 5321 limits: 64 characters before the "@", 255 after it.
const MAX_LOCAL_PART = 64
const MAX_DOMAIN = 256
const TRAILING_PUNCTUATION = /[.,;:!?'’*]+$/

/** Drops trailing punctuation, and a closing bracket the link did not open. */
function trimLink(raw: string): string {
  let link = raw
  for (;;) {
    const before = link
    link = link.replace(TRAILING_PUNCTUATION, '')
    for (const [open, close] of ['()', '[]', '{}']) {
      if (link.endsWith(close) && link.split(open).length < link.split(close).length) link = link.slice(0, -1)
    }
    if (link === before) return link
  }
}

/** Scheme and host are case-insensitive; a trailing slash names the same page. */
function urlKey(url: string): string {
  const withScheme = /^www\./i.test(url) ? `http://${url}` : url
  const [, scheme = '', host = '', rest = ''] = /^([^:]+:\/\/)([^/?#]*)(.*)$/.exec(withScheme) ?? []
  return `${scheme.toLowerCase()}${host.toLowerCase()}${rest}`.replace(/\/$/, '')
}

export function findLinks(paragraph: number, text: string): LinkToken[] {
  const links: LinkToken[] = []
  if (text.includes('://') || /www\./i.test(text)) {
    for (const match of text.matchAll(URL)) {
      const link = trimLink(match[0])
      links.push({ paragraph, start: match.index, end: match.index + link.length, text: link, kind: 'url', key: urlKey(link) })
    }
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, at - MAX_LOCAL_PART), at))?.[0]
    const domain = DOMAIN.exec(text.slice(at, at + MAX_DOMAIN))?.[0]
    if (!local || !domain) continue
    const start = at - local.length
    if (links.some((link) => start < link.end && link.start < at + domain.length)) continue
    const link = trimLink(local + domain)
    links.push({ paragraph, start, end: start + link.length, text: link, kind: 'email', key: link.toLowerCase() })
  }
  return links
}

/**
 * The site a link belongs to: its host, without "www." and without a first label naming the
 * side's language (en.wikipedia.org and de.wikipedia.org are one site). A translator pointing
 * to the localised page of the same site (index.fr.html, ?lang=de, https instead of http) is
 * making a deliberate change. For an address it is the registered domain ("falcot.com" for
 * jean@machine.falcot.com).
 */
function linkSite(link: LinkToken, languageCode: string): string {
  if (link.kind === 'email') return link.key.split('@')[1].split('.').slice(-2).join('.')
  const host = link.key.replace(/^[^:]+:\/\//, '').split(/[/?#]/)[0].replace(/^www\./, '')
  return host.startsWith(`${languageCode}.`) ? host.slice(languageCode.length + 1) : host
}

/**
 * Links present on one side only. A link the translation changed to another page of the same
 * site (usually the localised one) is minor; one the translation lost is major; one it added
 * (a localised mailing list, say) is minor.
 */
export function checkLinks(source: Side, target: Side, kind: LinkToken['kind']): Draft[] {
  const sourceLinks = source.links.filter((link) => link.kind === kind)
  const targetLinks = target.links.filter((link) => link.kind === kind)
  if (sourceLinks.length === 0 && targetLinks.length === 0) return []
  const { sourceOnly, targetOnly } = matchByKeys(sourceLinks, targetLinks, (link) => [link.key])
  if (sourceOnly.length === 0 && targetOnly.length === 0) return []
  const targetSites = targetOnly.map((link) => linkSite(link, target.language.code))
  const isLost = sourceOnly.some((link) => {
    const index = targetSites.indexOf(linkSite(link, source.language.code))
    if (index < 0) return true
    targetSites.splice(index, 1, '')
    return false
  })
  const severity: Severity = isLost ? 'major' : 'minor'
  const sourceText = sourceOnly.map((link) => link.text).join(' ')
  const targetText = targetOnly.map((link) => link.text).join(' ')
  return [
    {
      check: kind === 'url' ? 'urls' : 'emails',
      severity,
      params: { source: sourceText, target: targetText },
      source: sourceOnly.map(spanOf),
      target: targetOnly.map(spanOf),
      diff: diffTokens(sourceLinks, targetLinks, (a, b) => a.key === b.key),
      detail: `${sourceText}|${targetText}`,
    },
  ]
}

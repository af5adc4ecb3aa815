import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, createNonce } from './csp'

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]))

describe('contentSecurityPolicy', () => {
  it('allows only scripts carrying the nonce, never inline handlers, eval, plugins or framing', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123==' }))
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(policy.get('script-src-attr')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('report-uri')).toEqual(['/api/csp-report'])
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.has('upgrade-insecure-requests')).toBe(false)
  })

  it.each([
    ['development adds eval for React’s debugging aids', { isDev: true }, 'script-src', "'unsafe-eval'"],
    ['HTTPS upgrades stray http:// subresources', { isHttps: true }, 'upgrade-insecure-requests', undefined],
  ])('%s', (_name, options, directive, value) => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n0nce', ...options }))
    expect(policy.has(directive)).toBe(true)
    if (value) expect(policy.get(directive)).toContain(value)
  })

  it.each(["x'; script-src *", 'a b', ''])('refuses a nonce that could break out of the header: %j', (nonce) => {
    expect(() => contentSecurityPolicy({ nonce })).toThrow(/base64/)
  })

  it('makes a different base64 nonce of 16 bytes every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})

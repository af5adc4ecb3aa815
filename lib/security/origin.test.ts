import { describe, expect, it } from 'vitest'
import { crossSiteRefusal } from './origin'

const TRUSTED = ['http://localhost:3000', 'https://tandem.example.org']

function request(method: string, headers: Record<string, string> = {}, url = 'http://127.0.0.1:3000/api/alignments') {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return { method, url, headers: { get: (name: string) => map.get(name.toLowerCase()) ?? null } }
}

describe('crossSiteRefusal', () => {
  it.each([
    ['a GET from anywhere (reads change nothing)', request('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })],
    ['a POST from a trusted origin', request('POST', { origin: 'https://tandem.example.org', 'sec-fetch-site': 'cross-site' })],
    ['a POST from the URL’s own origin', request('POST', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' })],
    ['a POST without Origin and Sec-Fetch-Site (CLI, scripts)', request('POST')],
    ['a POST the user typed or bookmarked (Sec-Fetch-Site: none)', request('POST', { 'sec-fetch-site': 'none' })],
  ])('lets through %s', (_name, req) => {
    expect(crossSiteRefusal(req, TRUSTED)).toBeNull()
  })

  it.each([
    ['a form post from another site', request('POST', { origin: 'https://evil.example' })],
    ['a server action from another site', request('POST', { origin: 'https://evil.example', 'next-action': 'abc' }, 'http://127.0.0.1:3000/alignments/new')],
    ['a DELETE from a look-alike origin', request('DELETE', { origin: 'http://127.0.0.1:3000.evil.example' })],
    ['a sandboxed frame (Origin: null)', request('POST', { origin: 'null' })],
    ['a request the browser marks cross-site without Origin', request('PUT', { 'sec-fetch-site': 'cross-site' })],
    ['a request from a sibling subdomain', request('PATCH', { 'sec-fetch-site': 'same-site' })],
    ['a lower-case method', request('post', { origin: 'https://evil.example' })],
  ])('refuses %s', (_name, req) => {
    expect(crossSiteRefusal(req, TRUSTED)).toMatch(/another site|opaque origin|marked the request/)
  })
})

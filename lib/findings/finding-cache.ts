// The findings of beads already checked, per server process, keyed by the bead's texts and
// context (languages, document ratio): a review page opened again, or after one bead was
// edited, re-checks only what changed. Least recently used entries go first.
import type { Finding, FindingCache } from '../checks'

/** About 50 alignments of 10,000 beads; an entry without findings shares one empty array. */
const MAX_ENTRIES = 500_000

class LruCache implements FindingCache {
  private readonly entries = new Map<string, Finding[]>()
  constructor(private readonly capacity: number) {}

  get(key: string): Finding[] | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: string, findings: Finding[]): void {
    this.entries.delete(key)
    this.entries.set(key, findings)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }

  clear(): void {
    this.entries.clear()
  }
}

// One per process, surviving Next.js dev-server hot reloads like the database client.
const globalForCache = globalThis as unknown as { tandemFindingCache?: LruCache }

export function findingCache(): LruCache {
  return (globalForCache.tandemFindingCache ??= new LruCache(MAX_ENTRIES))
}

export { LruCache }

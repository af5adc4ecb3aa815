// The load check's referee (scripts/load/run.ts): replays an alignment's event log from the
// beads and texts it started with and says whether it arrives at the alignment as stored.
// Deliberately independent of lib/beads (which it checks): plain arrays, its own matching.
// Pure; tested in replay.test.ts.

export type Bead = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number; isConfirmed: boolean; origin: string; reviewStatus: string }
export type Texts = { source: string[]; target: string[] }
export type State = { beads: Bead[]; texts: Texts; version: number }
export type LoggedEvent = { id: number; kind: string; version: number | null; revertsId: number | null; data: unknown }

type Region = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }
type BeadData = { region: Region; before: Bead[]; after: Bead[] }
type TextData = { side: 'source' | 'target'; position: number; from: { texts: string[] }; to: { texts: string[] } }

const BEAD_KINDS = new Set(['beads.merged', 'beads.split', 'paragraph.shifted', 'paragraph.detached', 'paragraphs.paired', 'paragraph.moved', 'beads.confirmed', 'beads.unconfirmed', 'alignment.realigned'])

export const sameBead = (a: Bead, b: Bead) =>
  a.srcStart === b.srcStart && a.srcEnd === b.srcEnd && a.tgtStart === b.tgtStart && a.tgtEnd === b.tgtEnd && a.isConfirmed === b.isConfirmed && a.origin === b.origin && a.reviewStatus === b.reviewStatus

const pick = ({ srcStart, srcEnd, tgtStart, tgtEnd, isConfirmed, origin, reviewStatus }: Bead): Bead => ({ srcStart, srcEnd, tgtStart, tgtEnd, isConfirmed, origin, reviewStatus })

function applyBeads(beads: Bead[], data: BeadData, forward: boolean, where: string): Bead[] {
  const [expected, replacement] = forward ? [data.before, data.after] : [data.after, data.before]
  const r = data.region
  const inside = (b: Bead) => b.srcStart >= r.srcStart && b.srcEnd <= r.srcEnd && b.tgtStart >= r.tgtStart && b.tgtEnd <= r.tgtEnd
  let from = beads.findIndex(inside)
  if (from < 0) from = beads.filter((b) => b.srcEnd <= r.srcStart && b.tgtEnd <= r.tgtStart).length
  let to = from
  while (to < beads.length && inside(beads[to]!)) to++
  const current = beads.slice(from, to)
  if (current.length !== expected.length || current.some((b, k) => !sameBead(b, pick(expected[k]!)))) {
    throw new Error(`${where}: the beads it changed are not the ones the log says were there`)
  }
  return [...beads.slice(0, from), ...replacement.map(pick), ...beads.slice(to)]
}

function applyText(texts: Texts, data: TextData, forward: boolean, where: string): Texts {
  const [expected, replacement] = forward ? [data.from.texts, data.to.texts] : [data.to.texts, data.from.texts]
  if (expected.length !== 1 || replacement.length !== 1) throw new Error(`${where}: only single-paragraph text edits are replayed`)
  const side = [...texts[data.side]]
  if (side[data.position] !== expected[0]) throw new Error(`${where}: paragraph ${data.position + 1} did not hold the text the log says`)
  side[data.position] = replacement[0]!
  return { ...texts, [data.side]: side }
}

/** Replays `events` (oldest first) on `initial`; throws naming the first event that does not fit. */
export function replay(initial: State, events: LoggedEvent[]): State {
  const byId = new Map(events.map((e) => [e.id, e]))
  let { beads, texts, version } = initial
  const apply = (event: LoggedEvent, forward: boolean, where: string) => {
    if (BEAD_KINDS.has(event.kind)) beads = applyBeads(beads, event.data as BeadData, forward, where)
    else if (event.kind === 'paragraph.edited') texts = applyText(texts, event.data as TextData, forward, where)
    else throw new Error(`${where}: kind ${event.kind} is not replayed by the load check`)
  }
  for (const event of events) {
    const where = `event ${event.id} (${event.kind}, version ${event.version})`
    if (event.version !== version + 1) throw new Error(`${where}: expected version ${version + 1}: an operation was lost or counted twice`)
    version = event.version
    if (event.kind === 'edit.undone' || event.kind === 'edit.redone') {
      const target = byId.get(event.revertsId ?? -1)
      if (!target) throw new Error(`${where}: reverts event ${event.revertsId}, which is not in the log`)
      apply(target, event.kind === 'edit.redone', where)
    } else {
      apply(event, true, where)
    }
  }
  return { beads, texts, version }
}

/** Differences between two states, for the report ([] = they agree). */
export function compare(replayed: State, stored: State): string[] {
  const problems: string[] = []
  if (replayed.version !== stored.version) problems.push(`version: replayed ${replayed.version}, stored ${stored.version}`)
  if (replayed.beads.length !== stored.beads.length) problems.push(`bead count: replayed ${replayed.beads.length}, stored ${stored.beads.length}`)
  const first = replayed.beads.findIndex((b, k) => !stored.beads[k] || !sameBead(b, stored.beads[k]!))
  if (first >= 0) problems.push(`bead ${first + 1} differs: replayed ${JSON.stringify(replayed.beads[first])}, stored ${JSON.stringify(stored.beads[first])}`)
  for (const side of ['source', 'target'] as const) {
    const k = replayed.texts[side].findIndex((t, i) => t !== stored.texts[side][i])
    if (k >= 0 || replayed.texts[side].length !== stored.texts[side].length) problems.push(`${side} text differs at paragraph ${k + 1}`)
  }
  return problems
}

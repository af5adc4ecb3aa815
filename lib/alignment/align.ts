// Orchestration: features once, a first banded pass with prior parameters, re-estimation of the
// parameters from that pass, a second pass in a narrow band around the first path that also yields
// posterior confidences. Confirmed anchors split the work into independent stretches.
import { anchorGuide } from './anchor-guide'
import { type Band, type Guide, bandAround, pathGuide, pathTouchesEdge, widenBand } from './band'
import { BEAD_SHAPES } from './bead-shapes'
import { type ModelParameters, initialParameters, reestimateParameters } from './model'
import { beadReasons, createReasonContext } from './reasons'
import { createScorer, type Scorer } from './scorer'
import { bestPath, computeCosts, type EarlierCosts, type PathStep, type Span, stepPosteriors } from './search'
import { type Pair, preparePair } from './pair'
import type { AlignedBead, AlignOptions, BeadRange } from './types'

// Half-width of the first band around the landmark guide (anchor-guide.ts). Where the path
// presses against an edge the band is widened there, so a narrow start costs accuracy nowhere
// (DEV and the independent sets gave the same beads at 3 as at 5) and saves a third of the work.
const FIRST_PASS_WIDTH = 3
// The second pass only refines: the re-estimated model moves few beads by more than a handful.
const SECOND_PASS_WIDTH = 3
// A path this close to an inner edge of the band may have been cut off by it.
const EDGE_MARGIN = 1
// Posteriors are computed with costs divided by this: the signals are not fully independent (a
// section number and its parts, length and sentence count), so raw posteriors are overconfident.
// 1.5 keeps beads at >= 0.9 right >= 99.4 % on DEV and on documents outside it while putting far
// fewer right beads in the lower bands than 2 did (see docs/decisions/003-alignment-algorithm.md).
const POSTERIOR_TEMPERATURE = 1.5
// The first pass only needs the path roughly and the common shapes to learn from; the second pass,
// around that path, considers every shape.
const FIRST_PASS_SHAPES = Uint8Array.from(BEAD_SHAPES, ([a, b]) => (a + b <= 3 || a === b ? 1 : 0))
const ALL_SHAPES = new Uint8Array(BEAD_SHAPES.length).fill(1)
// The first pass only estimates the model (and guides the second). On a stretch longer than this
// it runs on evenly spread windows of the stretch instead, which estimate the same rates from a
// sample of thousands of beads; the second pass then follows the landmark guide itself.
const SAMPLE_ABOVE = 4000
const SAMPLE_WINDOWS = 6
const SAMPLE_WINDOW_SIZE = 400
// Beads this close to a window's ends may be cut by it: they are not learned from.
const WINDOW_MARGIN = 5
// The web app redraws its progress bar from onProgress; about a hundred updates is smooth enough.
const PROGRESS_UPDATES = 100

type Progress = { advance(rows: number): void; finish(): void }

function progressReporter(total: number, onProgress?: (done: number, total: number) => void): Progress {
  const step = Math.max(1, Math.ceil(total / PROGRESS_UPDATES))
  let done = 0
  let reported = 0
  return {
    advance(rows) {
      done = Math.min(total, done + rows)
      if (onProgress && done - reported >= step) {
        reported = done
        onProgress(done, total)
      }
    },
    finish() {
      onProgress?.(total, total)
    },
  }
}

type Segment = { anchor: BeadRange; gap?: undefined } | { gap: Span; anchor?: undefined }

/** Anchors (already validated) and the stretches between them, in document order. */
function segmentsAround(anchors: BeadRange[], n: number, m: number): Segment[] {
  const segments: Segment[] = []
  let s = 0
  let t = 0
  for (const anchor of [...anchors, { srcStart: n, srcEnd: n, tgtStart: m, tgtEnd: m }]) {
    if (anchor.srcStart > s || anchor.tgtStart > t) segments.push({ gap: { srcStart: s, srcEnd: anchor.srcStart, tgtStart: t, tgtEnd: anchor.tgtStart } })
    if (anchor.srcEnd > anchor.srcStart || anchor.tgtEnd > anchor.tgtStart) segments.push({ anchor })
    s = anchor.srcEnd
    t = anchor.tgtEnd
  }
  return segments
}

function stepsToBeads(span: Span, steps: PathStep[]): BeadRange[] {
  return steps.map(({ shape, i, j }) => {
    const [a, b] = BEAD_SHAPES[shape]
    return {
      srcStart: span.srcStart + i - a,
      srcEnd: span.srcStart + i,
      tgtStart: span.tgtStart + j - b,
      tgtEnd: span.tgtStart + j,
    }
  })
}

/** Every paragraph of a one-sided stretch is its own 0-sided bead. */
function oneSidedBeads(span: Span): BeadRange[] {
  const beads: BeadRange[] = []
  for (let i = span.srcStart; i < span.srcEnd; i++) beads.push({ srcStart: i, srcEnd: i + 1, tgtStart: span.tgtStart, tgtEnd: span.tgtStart })
  for (let j = span.tgtStart; j < span.tgtEnd; j++) beads.push({ srcStart: span.srcEnd, srcEnd: span.srcEnd, tgtStart: j, tgtEnd: j + 1 })
  return beads
}

type SpanSearch = { band: Band; costs: Float32Array; steps: PathStep[] }

/**
 * Best path in a band around `guide`. Where the path presses against an edge of the band the
 * band may have cut the true path off: it is widened there (and only there), ever more, until
 * the path runs free.
 */
function searchSpan(span: Span, scorer: Scorer, shapes: Uint8Array, guide: Guide, width: number, progress: Progress): SpanSearch {
  const n = span.srcEnd - span.srcStart
  const m = span.tgtEnd - span.tgtStart
  let band = bandAround(guide, m, width)
  let earlier: EarlierCosts | undefined
  for (let extra = 2 * width; ; extra *= 2) {
    const costs = computeCosts(band, span, scorer, shapes, () => progress.advance(1), earlier)
    earlier = { band, costs }
    const steps = bestPath(band, costs)
    const nodes = steps.map(({ i, j }) => [i, j] as const)
    if (!pathTouchesEdge(band, nodes, EDGE_MARGIN)) return { band, costs, steps }
    const wider = widenBand(band, nodes, EDGE_MARGIN, extra, bandAround(pathGuide(n, [[0, 0], ...nodes]), m, width))
    if (wider.size === band.size || extra > 2 * Math.max(n, m)) return { band, costs, steps }
    band = wider
  }
}

function isOneSided(span: Span): boolean {
  return span.srcStart === span.srcEnd || span.tgtStart === span.tgtEnd
}

/**
 * What the first pass gives a stretch: its path (null for one-sided stretches, which have one
 * alignment) or, for a long stretch, the beads of sample windows and the landmark guide.
 */
type FirstPass = { steps: PathStep[]; sample?: undefined; guide?: undefined } | { steps: null; sample: BeadRange[]; guide: Guide } | null

/** First-pass path through each stretch with the prior parameters. */
function firstPass(pair: Pair, params: ModelParameters, segments: Segment[], progress: Progress): FirstPass[] {
  const scorer = createScorer(pair, params)
  return segments.map(({ gap }): FirstPass => {
    if (!gap || isOneSided(gap)) return null
    const guide = anchorGuide(pair.shared, gap)
    const n = gap.srcEnd - gap.srcStart
    if (n <= SAMPLE_ABOVE) return { steps: searchSpan(gap, scorer, FIRST_PASS_SHAPES, guide, FIRST_PASS_WIDTH, progress).steps }
    const sample: BeadRange[] = []
    for (let w = 0; w < SAMPLE_WINDOWS; w++) {
      // Window w covers source rows [from, to) of the stretch and the target rows the guide gives them.
      const from = Math.floor(((n - SAMPLE_WINDOW_SIZE) * w) / Math.max(1, SAMPLE_WINDOWS - 1))
      const to = from + SAMPLE_WINDOW_SIZE
      const window = { srcStart: gap.srcStart + from, srcEnd: gap.srcStart + to, tgtStart: gap.tgtStart + guide.from[from], tgtEnd: gap.tgtStart + guide.to[to] }
      if (isOneSided(window)) continue
      const beads = stepsToBeads(window, searchSpan(window, scorer, FIRST_PASS_SHAPES, anchorGuide(pair.shared, window), FIRST_PASS_WIDTH, progress).steps)
      sample.push(...beads.slice(WINDOW_MARGIN, beads.length - WINDOW_MARGIN))
    }
    progress.advance(n - SAMPLE_WINDOWS * SAMPLE_WINDOW_SIZE)
    return { steps: null, sample, guide }
  })
}

/** Refines one stretch around its first-pass path (or guide) and attaches confidences. */
function secondPass(gap: Span, first: NonNullable<FirstPass>, scorer: Scorer, progress: Progress): { beads: BeadRange[]; posteriors: Float64Array } {
  const guide = first.steps ? pathGuide(gap.srcEnd - gap.srcStart, [[0, 0], ...first.steps.map(({ i, j }) => [i, j] as const)]) : first.guide
  const width = first.steps ? SECOND_PASS_WIDTH : FIRST_PASS_WIDTH
  const { band, costs, steps } = searchSpan(gap, scorer, ALL_SHAPES, guide, width, progress)
  return { beads: stepsToBeads(gap, steps), posteriors: stepPosteriors(band, costs, steps, POSTERIOR_TEMPERATURE) }
}

/**
 * Aligns source and target paragraphs, keeping `anchors` (validated, in order) unchanged and
 * re-aligning only the stretches between them.
 */
export function alignAround(sourceTexts: string[], targetTexts: string[], anchors: BeadRange[], options: AlignOptions = {}): AlignedBead[] {
  const pair = preparePair(sourceTexts, targetTexts)
  const { source, target, shared } = pair
  const segments = segmentsAround(anchors, source.length, target.length)
  const progress = progressReporter(2 * (source.length + segments.length), options.onProgress)

  const initial = initialParameters(source, target, shared)
  const first = firstPass(pair, initial, segments, progress)
  const firstBeads = segments.flatMap(({ anchor, gap }, k) => {
    if (anchor) return [anchor]
    const result = first[k]
    if (!result) return oneSidedBeads(gap)
    return result.steps ? stepsToBeads(gap, result.steps) : result.sample
  })
  const params = reestimateParameters(source, target, shared, initial, firstBeads, FIRST_PASS_SHAPES, pair.repeatedS, pair.repeatedT)

  const scorer = createScorer(pair, params)
  const context = createReasonContext(source, target, shared, params)
  const aligned = segments.flatMap(({ anchor, gap }, k): AlignedBead[] => {
    // Only the range: callers pass their own bead records (with ids, review state, ...) as anchors.
    if (anchor) {
      const { srcStart, srcEnd, tgtStart, tgtEnd } = anchor
      return [{ srcStart, srcEnd, tgtStart, tgtEnd, confidence: 1, reasons: [{ code: 'confirmed', params: {} }] }]
    }
    const result = first[k]
    // A stretch with one empty side has exactly one possible alignment.
    if (!result) return oneSidedBeads(gap).map((bead) => ({ ...bead, confidence: 1, reasons: beadReasons(bead, 1, context) }))
    const { beads, posteriors } = secondPass(gap, result, scorer, progress)
    return beads.map((bead, s) => ({ ...bead, confidence: posteriors[s], reasons: beadReasons(bead, posteriors[s], context) }))
  })
  progress.finish()
  return aligned
}

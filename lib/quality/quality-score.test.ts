import { describe, expect, it } from 'vitest'
import { qualityScore, type ScoredAnnotation } from './quality-score'
import { defaultSeverityWeights, readSeverityWeights, severityWeightsSchema } from './severity-weights'
import { countWords } from './word-count'

const annotation = (severity: ScoredAnnotation['severity'], status: ScoredAnnotation['status'] = 'OPEN', category = 'OMISSION'): ScoredAnnotation => ({ category, severity, status })

describe('qualityScore', () => {
  it('scores a text without annotations 100', () => {
    expect(qualityScore({ annotations: [], weights: defaultSeverityWeights, sourceWords: 850 })).toMatchObject({ score: 100, penalty: 0, penaltyPerThousandWords: 0, annotations: 0 })
  })

  it.each([
    // [annotations, source words, penalty, per 1,000 words, score]
    [[annotation('MAJOR')], 1000, 5, 5, 95],
    [[annotation('MAJOR')], 500, 5, 10, 90],
    [[annotation('MINOR'), annotation('MINOR'), annotation('NEUTRAL')], 2000, 2, 1, 99],
    [[annotation('CRITICAL'), annotation('MAJOR')], 850, 30, 35.29, 64.71],
    // A short text with a few critical errors bottoms out at 0, never below.
    [[annotation('CRITICAL'), annotation('CRITICAL'), annotation('CRITICAL'), annotation('CRITICAL'), annotation('CRITICAL')], 100, 125, 1250, 0],
  ])('%j in %i words: %d points, %d per 1,000 words, score %d', (annotations, sourceWords, penalty, perThousand, score) => {
    expect(qualityScore({ annotations, weights: defaultSeverityWeights, sourceWords })).toMatchObject({ penalty, penaltyPerThousandWords: perThousand, score })
  })

  it('counts every annotation for the score and shows the open ones apart', () => {
    const result = qualityScore({
      annotations: [annotation('MAJOR', 'OPEN'), annotation('MAJOR', 'RESOLVED'), annotation('MINOR', 'OUTDATED', 'SPELLING')],
      weights: defaultSeverityWeights,
      sourceWords: 1000,
    })
    expect(result).toMatchObject({ annotations: 3, penalty: 11, score: 89, bySeverity: { NEUTRAL: 0, MINOR: 1, MAJOR: 2, CRITICAL: 0 } })
    expect(result.open).toMatchObject({ annotations: 1, penalty: 5, penaltyPerThousandWords: 5 })
    expect(result.byCategory).toEqual({ OMISSION: { annotations: 2, penalty: 10 }, SPELLING: { annotations: 1, penalty: 1 } })
  })

  it("uses the project's weights", () => {
    const weights = { NEUTRAL: 0, MINOR: 2, MAJOR: 10, CRITICAL: 100 }
    expect(qualityScore({ annotations: [annotation('MINOR'), annotation('MAJOR')], weights, sourceWords: 1000 })).toMatchObject({ penalty: 12, score: 88 })
  })

  it('has no score for a source without words', () => {
    expect(qualityScore({ annotations: [annotation('MAJOR')], weights: defaultSeverityWeights, sourceWords: 0 })).toMatchObject({ score: null, penalty: 5, penaltyPerThousandWords: 0 })
  })
})

describe('severity weights', () => {
  it('falls back to the defaults for a stored value that does not parse', () => {
    expect(readSeverityWeights({ NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25 })).toEqual(defaultSeverityWeights)
    expect(readSeverityWeights({ MINOR: 'one' })).toEqual(defaultSeverityWeights)
    expect(readSeverityWeights(null)).toEqual(defaultSeverityWeights)
  })

  it.each([
    ['a negative weight', { NEUTRAL: -1, MINOR: 1, MAJOR: 5, CRITICAL: 25 }],
    ['weights that decrease', { NEUTRAL: 0, MINOR: 5, MAJOR: 1, CRITICAL: 25 }],
    ['an unknown severity', { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 25, FATAL: 100 }],
    ['a missing severity', { NEUTRAL: 0, MINOR: 1, MAJOR: 5 }],
    ['a huge weight', { NEUTRAL: 0, MINOR: 1, MAJOR: 5, CRITICAL: 1e9 }],
  ])('refuses %s', (_name, weights) => {
    expect(severityWeightsSchema.safeParse(weights).success).toBe(false)
  })
})

describe('countWords', () => {
  it.each([
    [['The service restarts within 30 seconds.'], 'en', 6],
    [["Don't re-run it: 1,000.5 MB of e-mail."], 'en', 7],
    [['Der Dienst startet innerhalb von 30 Sekunden neu.'], 'de', 8],
    [['„Wie hoch ist die Wahrscheinlichkeit?“ – fragt er.', 'Zweiter Absatz.'], 'de', 9],
    [['', '   '], 'en', 0],
    // Dictionary word breaks: 服务 将 在 三十 秒 内 重新 启动.
    [['服务将在三十秒内重新启动。'], 'zh-Hans', 8],
  ])('%j (%s) has %i words', (paragraphs, language, words) => {
    expect(countWords(paragraphs, language)).toBe(words)
  })
})

import { describe, expect, it } from 'vitest'
import { paragraphFeatures } from './features'
import { movedSentenceLlr } from './joins'

const f = paragraphFeatures

describe('movedSentenceLlr', () => {
  const sourceA = f('The installer starts. It asks for the language. Then it asks for the keyboard.')
  const sourceB = f('Next comes the network. Most machines find it by themselves.')

  it('favours a two-to-two bead when the last sentence moved to the next paragraph', () => {
    const targetA = f('Der Installer startet. Er fragt nach der Sprache.')
    const targetB = f('Dann fragt er nach der Tastatur. Danach kommt das Netzwerk. Die meisten Rechner finden es selbst.')
    expect(movedSentenceLlr(sourceA, sourceB, targetA, targetB)).toBeGreaterThan(0)
  })

  it('speaks against it when both sides break in the same place (two one-to-one beads)', () => {
    const targetA = f('Der Installer startet. Er fragt nach der Sprache. Dann fragt er nach der Tastatur.')
    const targetB = f('Danach kommt das Netzwerk. Die meisten Rechner finden es selbst.')
    expect(movedSentenceLlr(sourceA, sourceB, targetA, targetB)).toBeLessThan(0)
  })

  it('says nothing when both first paragraphs are headings (no sentence break to meet)', () => {
    expect(movedSentenceLlr(f('7.2 Networking'), sourceB, f('7.2 Netzwerk'), f('Danach kommt das Netzwerk. Die meisten Rechner finden es.'))).toBe(0)
  })
})

// Helpers for the editor's specs: each spec creates its own alignment (through the same API
// the "New alignment" page uses), so specs never depend on each other or on the samples.
// What the page shows is checked with locators; what the database holds is read back
// through GET /api/alignments/:id/view, a fresh server-side read that shares nothing with
// the page's own copy.
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import type { AlignmentView } from '../lib/alignments/get-alignment-view'

/** Six paragraphs that the aligner pairs 1-1 with high confidence (numbers and names help). */
export const HARBOUR = {
  source: [
    'Chapter 1. The harbour of Kiel',
    'The ferry to Oslo leaves at 14:00 every day and arrives the next morning at 10:00.',
    'Tickets cost 120 euros for a cabin and 45 euros for a seat. Children under 4 travel free.',
    'In 1865 the port became the main base of the Prussian navy. Much of the old town was rebuilt after 1945.',
    'The Kiel Week sailing regatta takes place every June and draws about three million visitors.',
    'Further information is available at the tourist office on Andreas-Gayk-Straße 31.',
  ],
  target: [
    'Kapitel 1. Der Hafen von Kiel',
    'Die Fähre nach Oslo legt jeden Tag um 14:00 Uhr ab und kommt am nächsten Morgen um 10:00 Uhr an.',
    'Die Fahrkarten kosten 120 Euro für eine Kabine und 45 Euro für einen Sitzplatz. Kinder unter 4 Jahren reisen kostenlos.',
    'Im Jahr 1865 wurde der Hafen zum Hauptstützpunkt der preußischen Marine. Ein Großteil der Altstadt wurde nach 1945 wieder aufgebaut.',
    'Die Segelregatta Kieler Woche findet jedes Jahr im Juni statt und zieht etwa drei Millionen Besucher an.',
    'Weitere Informationen gibt es in der Touristeninformation in der Andreas-Gayk-Straße 31.',
  ],
}

/** The ceasefire sample pair, as the seed loads it (prisma/samples/). */
export function ceasefireSample() {
  const read = (file: string) => fs.readFileSync(path.join(__dirname, '..', 'prisma', 'samples', file), 'utf8')
  return { source: read('ceasefire-article.en.txt'), target: read('ceasefire-article.de.txt') }
}

let counter = 0

/** Creates an alignment as the page's user (in a new project they own); returns its id. */
export async function createAlignment(
  request: APIRequestContext,
  { title, source, target, sourceLanguage = 'en', targetLanguage = 'de', projectId }: { title?: string; source: string | string[]; target: string | string[]; sourceLanguage?: string; targetLanguage?: string; projectId?: number },
): Promise<number> {
  const text = (value: string | string[]) => (Array.isArray(value) ? value.join('\n\n') : value)
  const response = await request.post('/api/alignments', {
    data: {
      ...(projectId ? { projectId } : { newProjectName: `Editor spec ${Date.now()}-${++counter}` }),
      title: title ?? `Editor spec alignment ${++counter}`,
      source: { text: text(source), language: sourceLanguage },
      target: { text: text(target), language: targetLanguage },
    },
  })
  const lines = (await response.text()).trim().split('\n')
  const done = JSON.parse(lines.at(-1)!) as { type: string; id?: number }
  if (done.type !== 'done' || !done.id) throw new Error(`Creating the alignment failed: ${lines.at(-1)}`)
  return done.id
}

/**
 * The project of the ceasefire sample, where the demo editor (Erik) and owner (Ada) are both
 * members: the place for stories with two people on one alignment.
 */
export async function sharedProjectId(page: Page): Promise<number> {
  await page.goto('/')
  await page.getByRole('link', { name: /Ceasefire enforcement plan/ }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  return (await stored(page.request, Number(page.url().split('/').at(-1)))).projectId
}

/** The alignment as the database holds it now. */
export async function stored(request: APIRequestContext, id: number): Promise<AlignmentView> {
  const response = await request.get(`/api/alignments/${id}/view`)
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as AlignmentView
}

/** "1-1 2-1 0-1": the bead types in order. */
export const shapes = (view: AlignmentView) => view.beads.map((b) => `${b.srcEnd - b.srcStart}-${b.tgtEnd - b.tgtStart}`).join(' ')
export const confirmedFlags = (view: AlignmentView) => view.beads.map((b) => b.isConfirmed)

/** The editor page of one alignment, driven by the keyboard like its users drive it. */
export class EditorPage {
  constructor(
    readonly page: Page,
    readonly id: number,
  ) {}

  async open() {
    await this.page.goto(`/alignments/${this.id}`)
    await expect(this.rows.first()).toBeVisible()
    // The list has the focus when the page opens: keys work at once.
    await expect(this.list).toBeFocused()
    return this
  }

  get list() {
    return this.page.getByTestId('bead-list')
  }
  get rows() {
    return this.page.getByTestId('bead-row')
  }
  /** Bead `number` (1-based), when it is drawn (the list is virtualised). */
  row(number: number) {
    return this.page.locator(`[data-testid=bead-row][aria-rowindex="${number + 1}"]`)
  }
  get status() {
    return this.page.getByTestId('status')
  }
  get saveState() {
    return this.page.getByTestId('save-state')
  }

  /** Presses keys one after the other (`"j j Control+Enter"`). */
  async press(keys: string) {
    for (const key of keys.split(' ').filter(Boolean)) await this.page.keyboard.press(key)
  }

  /** Waits until the change is stored: the footer shows the version the server answered with. */
  async saved(version: number) {
    await expect(this.saveState).toHaveText(`All changes saved · version ${version}`)
  }

  /** The page's bead types, in order (from the rows on screen: use with short alignments). */
  async shapes() {
    return (await this.rows.getByTestId('bead-type').allTextContents()).join(' ')
  }

  async activeBead() {
    return Number((await this.page.locator('[data-testid=bead-row][data-active]').getAttribute('aria-rowindex'))!) - 1
  }
}

/**
 * A copy of alignment `id` in which the aligner's confidences are replaced: beads numbered in
 * `low` (1-based) get 0.5, every other bead 0.99. It goes out through the JSON Lines export and
 * back in through the aligned-file import, the paths users take, so a spec about confidence
 * depends on neither the aligner's calibration nor database access from the test.
 */
export async function withConfidences(request: APIRequestContext, id: number, low: number[]): Promise<number> {
  const exported = await request.get(`/api/alignments/${id}/export?format=jsonl`)
  expect(exported.ok(), await exported.text()).toBe(true)
  const lines = (await exported.text()).trim().split('\n').map((line) => JSON.parse(line) as { confidence: number })
  const jsonl = lines.map((bead, k) => JSON.stringify({ ...bead, confidence: low.includes(k + 1) ? 0.5 : 0.99 })).join('\n') + '\n'
  const response = await request.post('/api/imports/alignment', {
    multipart: {
      newProjectName: `Editor spec ${Date.now()}-${++counter}`,
      title: `Editor spec alignment ${++counter}`,
      file: { name: 'beads.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) },
    },
  })
  const done = JSON.parse((await response.text()).trim().split('\n').at(-1)!) as { type: string; id?: number }
  if (done.type !== 'done' || !done.id) throw new Error(`Importing the copy failed: ${JSON.stringify(done)}`)
  return done.id
}

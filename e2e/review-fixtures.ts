import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { splitParagraphs } from '../lib/text/split-paragraphs'

const SAMPLES = path.join(__dirname, '..', 'prisma', 'samples')
const read = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8')

/**
 * A fresh copy of the sample pair in the sample project (so each story has its own findings,
 * threads and annotations), created through the API by the page's user. `dropGermanParagraph`
 * leaves one German paragraph out: its English original then has no translation (an omission).
 */
export async function copyOfSamplePair(page: Page, { title, dropGermanParagraph, newProjectName }: { title: string; dropGermanParagraph?: number; newProjectName?: string }): Promise<number> {
  await page.goto('/alignments/new')
  const projectId = await page.locator('option', { hasText: 'Sample: opinion article' }).getAttribute('value')
  const german = splitParagraphs(read('ceasefire-article.de.txt')).filter((_, i) => i !== dropGermanParagraph)
  const response = await page.request.post('/api/alignments', {
    data: {
      ...(newProjectName ? { newProjectName } : { projectId: Number(projectId) }),
      title,
      source: { text: read('ceasefire-article.en.txt'), language: 'en' },
      target: { text: german.join('\n\n'), language: 'de' },
    },
  })
  const last = JSON.parse((await response.text()).trim().split('\n').at(-1)!) as { type: string; id?: number; error?: unknown }
  if (last.type !== 'done' || !last.id) throw new Error(`Creating the alignment failed: ${JSON.stringify(last)}`)
  return last.id
}

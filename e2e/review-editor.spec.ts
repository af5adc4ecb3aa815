// Review inside the editor screen: the story told where reviewers work (badges,
// the Findings and Comments tabs, filters, selection, status keys), and annotations that
// follow text edits. What the page shows is checked against what the API answers.
import type { APIRequestContext, Page } from '@playwright/test'
import type { ReviewMarks } from '../lib/reviews/get-review-marks'
import type { ReviewSummary } from '../lib/reviews/get-review-summary'
import { EditorPage, stored } from './editor-fixtures'
import { expect, pageAs, test } from './fixtures'
import { copyOfSamplePair } from './review-fixtures'

const marks = async (request: APIRequestContext, id: number) => (await (await request.get(`/api/alignments/${id}/review-marks`)).json()) as ReviewMarks
const summary = async (request: APIRequestContext, id: number) => (await (await request.get(`/api/alignments/${id}/review`)).json()) as ReviewSummary

/** Selects characters [start, end) of the paragraph's text with the mouse's means (a DOM range). */
async function selectText(page: Page, side: 'source' | 'target', position: number, start: number, end: number) {
  await page.evaluate(
    ({ side, position, start, end }) => {
      const p = document.querySelector(`[data-testid=${side}-paragraph][data-position="${position}"] p.paragraph-text`)!
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let at = 0
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (start >= at && start <= at + node.length) range.setStart(node, start - at)
        if (end >= at && end <= at + node.length) {
          range.setEnd(node, end - at)
          break
        }
        at += node.length
      }
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
    },
    { side, position, start, end },
  )
}

test('a reviewer flags the omission in the editor and comments, the editor replies, the reviewer resolves the thread and approves a selection, and counts, statuses and the score follow on both screens', async ({ browser, editorPage }) => {
  // The German text without its seventh paragraph: the English one has no counterpart.
  const id = await copyOfSamplePair(editorPage, { title: 'Ceasefire review in the editor', dropGermanParagraph: 6 })
  const rosa = await pageAs(browser, 'reviewer')
  const reviewer = await new EditorPage(rosa, id).open()
  await expect(rosa.getByTestId('quality-score')).toHaveText('Score 100')
  await expect(rosa.getByRole('navigation', { name: /pages/i }).getByRole('link')).toHaveText(['Review summary', 'Export'])

  // Only the beads with a missing translation: one.
  await rosa.getByTestId('filter-findings').click()
  await rosa.getByRole('menuitemradio', { name: /Missing translation/ }).click()
  await rosa.keyboard.press('Escape')
  await expect(reviewer.rows).toHaveCount(1)
  await expect(rosa.getByTestId('filter-summary')).toContainText(/^1 of \d+ beads/)
  const omission = reviewer.rows.first()
  await omission.getByTestId('source-paragraph').first().click()
  const beadNumber = await reviewer.activeBead()
  await expect(omission.getByTestId('finding-count')).toHaveAttribute('data-count', '1')

  // Annotate it from its finding: Omission, Major, as the finding suggests.
  await reviewer.press('Shift+E')
  const finding = rosa.getByTestId('bead-finding').filter({ hasText: 'Original without a translation' })
  await expect(finding.getByTestId('finding-diff').locator('del')).toContainText('Russia has warned again and again')
  await finding.getByRole('button', { name: 'Annotate' }).click()
  await expect(finding.getByLabel('Category')).toHaveValue('OMISSION')
  await finding.getByRole('button', { name: 'Annotate' }).last().click()
  await expect(omission.getByTestId('annotation-count')).toHaveAttribute('data-count', '1')
  await expect(rosa.getByTestId('quality-score')).not.toHaveText('Score 100')
  const score = (await rosa.getByTestId('quality-score').textContent())!
  expect((await summary(rosa.request, id)).score.score).toBe(Number(score.replace('Score ', '')))

  // Comment on it (q), from the keyboard.
  await reviewer.list.focus()
  await reviewer.press('q')
  await expect(rosa.getByLabel('New comment')).toBeFocused()
  await rosa.keyboard.type('Please translate this paragraph, it carries the argument.')
  await rosa.keyboard.press('Control+Enter')
  await expect(omission.getByTestId('thread-count')).toHaveAttribute('data-count', '1')
  const [thread] = (await marks(rosa.request, id)).threads
  expect(thread).toMatchObject({ isResolved: false })

  // Erik follows the link to the bead (?bead=) and replies.
  const beadId = (await stored(rosa.request, id)).beads[beadNumber - 1]!.id
  await editorPage.goto(`/alignments/${id}?bead=${beadId}`)
  const erik = new EditorPage(editorPage, id)
  await expect.poll(() => erik.activeBead()).toBe(beadNumber)
  await expect(erik.list).toBeFocused()
  await expect(editorPage.getByRole('navigation', { name: /pages/i }).getByRole('link')).toHaveText(['Review summary', 'Export', 'Audit log'])
  await erik.press('Shift+Q')
  await editorPage.getByTestId('bead-comments').getByLabel('Reply').fill('Done, I added the translation.')
  await editorPage.getByTestId('bead-comments').getByRole('button', { name: 'Reply' }).click()
  await expect(editorPage.getByTestId('bead-comments').getByTestId('comment')).toHaveCount(2)

  // Rosa's open editor picks the reply up by itself (the review stamp in the poll); she resolves.
  const rosaThread = rosa.getByTestId('bead-comments').getByTestId('comment-thread')
  await expect(rosaThread.getByTestId('comment')).toHaveCount(2, { timeout: 15_000 })
  await rosaThread.getByRole('button', { name: 'Resolve' }).click()
  await expect(omission.getByTestId('thread-count')).toHaveCount(0)
  expect((await marks(rosa.request, id)).threads).toMatchObject([{ isResolved: true }])

  // Back to every bead; she approves the omission's bead and the next one at once.
  await rosa.getByTestId('filter-summary').getByRole('button', { name: 'Show all' }).click()
  await reviewer.list.focus()
  await reviewer.press('Shift+ArrowDown')
  await expect(rosa.getByTestId('selection-count')).toHaveText('2 beads selected')
  await reviewer.press('a')
  await expect(rosa.getByTestId('reviewed-count')).toHaveText(/^2 of \d+ reviewed$/)
  await expect(reviewer.row(beadNumber).getByTestId('status-badge')).toBeVisible()
  const statuses = (await stored(rosa.request, id)).beads.map((b) => b.reviewStatus)
  expect(statuses.filter((s) => s === 'APPROVED')).toHaveLength(2)
  expect(statuses[beadNumber - 1]).toBe('APPROVED')
  expect(statuses[beadNumber]).toBe('APPROVED')
  // Approving leaves the score where the annotation put it.
  await expect(rosa.getByTestId('quality-score')).toHaveText(score)

  // Erik's screen shows the approval without a reload: review status leaves the version alone.
  await expect(erik.row(beadNumber).getByTestId('status-badge')).toBeVisible({ timeout: 15_000 })
  await expect(editorPage.getByTestId('reviewed-count')).toHaveText(/^2 of \d+ reviewed$/)
  await rosa.context().close()
})

test('an edit that rewrites an annotated span marks it outdated while one that only shifts a span keeps it, and a viewer sees all of it but can change nothing', async ({ browser, editorPage }) => {
  const id = await copyOfSamplePair(editorPage, { title: 'Ceasefire annotations that follow edits' })
  const erik = await new EditorPage(editorPage, id).open()
  const first = (await stored(editorPage.request, id)).target.paragraphs[0]!
  const second = (await stored(editorPage.request, id)).target.paragraphs[1]!
  // "Wahrscheinlichkeit" in the first German paragraph, with the mouse, then E.
  const word = first.indexOf('Wahrscheinlichkeit')
  await selectText(editorPage, 'target', 0, word, word + 'Wahrscheinlichkeit'.length)
  await erik.press('e')
  await expect(editorPage.getByTestId('span-quote')).toHaveText('“Wahrscheinlichkeit”')
  await editorPage.getByTestId('span-annotator').getByLabel('Category').selectOption('STYLE')
  await editorPage.getByTestId('span-annotator').getByRole('button', { name: 'Annotate' }).click()
  await expect(erik.row(1).getByTestId('annotation-count')).toHaveAttribute('data-count', '1')
  await expect(erik.list).toBeFocused()
  // The second paragraph's date, from the keyboard: E annotates the paragraph under the cursor,
  // Shift+arrows narrow the span in the field.
  await erik.press('ArrowDown')
  await erik.press('e')
  const field = editorPage.getByTestId('span-field')
  await expect(field).toBeFocused()
  await editorPage.keyboard.press('Control+Home')
  for (let k = 0; k < second.indexOf('5.'); k++) await editorPage.keyboard.press('ArrowRight')
  await editorPage.keyboard.press('Shift+End')
  await expect(editorPage.getByTestId('span-quote')).toHaveText(`“${second.slice(second.indexOf('5.'))}”`)
  await editorPage.getByTestId('span-annotator').getByLabel('Category').selectOption('DATES')
  await editorPage.getByTestId('span-annotator').getByRole('radio', { name: /Major/ }).check()
  await editorPage.getByTestId('span-annotator').getByRole('button', { name: 'Annotate' }).click()
  await expect(editorPage.locator('[data-testid=target-paragraph] mark[data-highlight~="annotation-major"]')).toHaveText(second.slice(second.indexOf('5.')))
  await expect(editorPage.locator('[data-testid=target-paragraph] mark[data-highlight~="annotation-minor"]')).toHaveAttribute('title', 'Style · Minor')

  // Shifting: words added before "Wahrscheinlichkeit". Rewriting: the date changed.
  const edit = async (position: number, text: string) => {
    await editorPage.locator(`[data-testid=target-paragraph][data-position="${position}"]`).click()
    await erik.press('Enter')
    const box = editorPage.getByRole('textbox', { name: 'Paragraph text' })
    await box.fill(text)
    await erik.press('Control+Enter')
    await expect(box).toHaveCount(0)
  }
  await edit(0, first.replace('Wie hoch', 'Wie hoch genau'))
  await edit(1, second.replace('5.', '6.'))
  const states = async () => (await marks(editorPage.request, id)).annotations.map((a) => `${a.category} ${a.status} ${a.start}`).sort()
  await expect.poll(states).toEqual([`DATES OUTDATED ${second.indexOf('5.')}`, `STYLE OPEN ${word + ' genau'.length}`])
  await expect(editorPage.locator('mark[data-highlight~="annotation-minor"]')).toHaveText('Wahrscheinlichkeit')
  await expect(editorPage.locator('mark[data-highlight~="annotation-outdated"]')).toBeVisible()
  await editorPage.getByTestId('tab-findings').click()
  await expect(editorPage.getByTestId('bead-annotation').filter({ hasText: 'Dates' }).getByTestId('annotation-state')).toHaveText('Outdated')

  // Vic, a viewer, sees the badges and highlights; every review control refuses politely.
  const vic = await pageAs(browser, 'viewer', { locale: 'de-DE' })
  const viewer = await new EditorPage(vic, id).open()
  await expect(viewer.row(1).getByTestId('annotation-count')).toHaveAttribute('data-count', '1')
  await expect(vic.locator('mark[data-highlight~="annotation-outdated"]')).toBeVisible()
  await expect(vic.getByRole('navigation', { name: /Seiten/i }).getByRole('link')).toHaveText(['Prüfübersicht', 'Export'])
  await expect(vic.getByTestId('review-bar').getByRole('button', { name: 'Freigeben' })).toBeDisabled()
  await viewer.press('a')
  await expect(viewer.status).toHaveText('Ihre Rolle darf den Prüfstatus nicht setzen.')
  await viewer.press('q')
  await expect(viewer.status).toHaveText('Ihre Rolle darf nicht kommentieren.')
  await viewer.press('Shift+Q')
  await expect(vic.getByTestId('bead-comments')).toBeVisible()
  await expect(vic.getByLabel('Neuer Kommentar')).toHaveCount(0)
  await viewer.press('Shift+E')
  await expect(vic.getByTestId('bead-annotation').getByRole('button')).toHaveCount(0)
  expect((await stored(vic.request, id)).beads.every((b) => b.reviewStatus === 'UNREVIEWED')).toBe(true)
  await vic.context().close()
})

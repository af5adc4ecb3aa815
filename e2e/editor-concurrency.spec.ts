// Two editors on one alignment: a change based on what someone saw before another person's
// change is refused with a clear message, the view catches up, and nothing is overwritten.
import { expect, pageAs, test } from './fixtures'
import { confirmedFlags, createAlignment, EditorPage, HARBOUR, sharedProjectId, shapes, stored } from './editor-fixtures'
import type { Browser } from '@playwright/test'

/** Erik (editor) and Ada (owner) with the same fresh alignment open, in two browser contexts. */
async function twoEditors(browser: Browser) {
  const erik = await pageAs(browser, 'editor')
  const id = await createAlignment(erik.request, { ...HARBOUR, projectId: await sharedProjectId(erik) })
  const ada = await pageAs(browser, 'owner')
  return { id, erik: await new EditorPage(erik, id).open(), ada: await new EditorPage(ada, id).open() }
}

test('two editors make conflicting changes: the later one is refused, sees the current state and loses nothing', async ({ browser }) => {
  const { id, erik, ada } = await twoEditors(browser)
  // Erik merges beads 1 and 2.
  await erik.press('m')
  await erik.saved(2)
  // Ada still sees version 1 and confirms bead 3: refused, her view now shows Erik's merge
  // (her cursor stays on the third row, which is now the bead after the merged one).
  await ada.press('j j Space')
  await expect(ada.page.getByTestId('status-alert')).toContainText('Erik Editor changed this alignment in the meantime.')
  await expect(ada.rows).toHaveCount(5)
  await expect(ada.row(1).getByTestId('bead-type')).toHaveText('2-2')
  await ada.saved(2)
  let db = await stored(ada.page.request, id)
  expect(shapes(db)).toBe('2-2 1-1 1-1 1-1 1-1')
  expect(confirmedFlags(db)).toEqual([false, false, false, false, false])
  // Now she confirms the bead under her cursor, on the current state.
  await ada.press('Space')
  await ada.saved(3)

  // Erik, at version 2, corrects a paragraph: refused, but his text stays in the editor and
  // goes in with his next save, over the current version.
  await erik.press('j ArrowRight Enter')
  const box = erik.page.getByRole('textbox', { name: 'Paragraph text' })
  await box.fill('Die Fahrkarten kosten 120 Euro für eine Kabine und 45 Euro für einen Sitzplatz; Kinder unter 4 Jahren reisen kostenlos.')
  await box.press('Control+Enter')
  await expect(erik.page.getByTestId('status-alert')).toContainText('Ada Owner changed this alignment in the meantime.')
  await expect(box).toHaveValue(/Sitzplatz; Kinder/)
  await expect(erik.row(3).getByTestId('confirmed-mark')).toBeVisible()
  await box.press('Control+Enter')
  await erik.saved(4)
  db = await stored(erik.page.request, id)
  expect(db.target.paragraphs[2]).toContain('Sitzplatz; Kinder')
  expect(confirmedFlags(db)).toEqual([false, false, true, false, false])
  expect(shapes(db)).toBe('2-2 1-1 1-1 1-1 1-1')
  await erik.page.context().close()
  await ada.page.context().close()
})

test('an open editor shows another editor’s change within seconds, without a reload', async ({ browser }) => {
  const { erik, ada } = await twoEditors(browser)
  await erik.press('End Shift+C')
  await erik.saved(2)
  await expect(ada.page.getByTestId('confirmed-count')).toHaveText('5 of 6 confirmed', { timeout: 15_000 })
  await expect(ada.status).toContainText('Erik Editor changed the alignment')
  await ada.saved(2)
  await erik.page.context().close()
  await ada.page.context().close()
})

test('two saves of the same paragraph never overwrite each other silently', async ({ browser }) => {
  const { id, erik, ada } = await twoEditors(browser)
  await erik.press('Enter')
  await ada.press('Enter')
  const erikBox = erik.page.getByRole('textbox', { name: 'Paragraph text' })
  const adaBox = ada.page.getByRole('textbox', { name: 'Paragraph text' })
  await erikBox.fill('Chapter 1. Kiel harbour')
  await erikBox.press('Control+Enter')
  await erik.saved(2)
  await adaBox.fill('Chapter 1. The port of Kiel')
  await adaBox.press('Control+Enter')
  // Ada's save was refused; her view caught up, and the editor shows both texts to choose from.
  await expect(ada.page.getByRole('alert').filter({ hasText: 'The paragraph now reads:' })).toContainText('Chapter 1. Kiel harbour')
  await expect(adaBox).toHaveValue('Chapter 1. The port of Kiel')
  expect((await stored(ada.page.request, id)).source.paragraphs[0]).toBe('Chapter 1. Kiel harbour')
  await ada.page.getByRole('button', { name: 'Save my text over it' }).click()
  await ada.saved(3)
  const db = await stored(ada.page.request, id)
  expect(db.source.paragraphs[0]).toBe('Chapter 1. The port of Kiel')
  // Both wordings are in the history.
  const revisions = (await (await ada.page.request.get(`/api/alignments/${id}/revisions?side=source&position=0`)).json()) as { after: string }[]
  expect(revisions.map((r) => r.after)).toEqual(['Chapter 1. The port of Kiel', 'Chapter 1. Kiel harbour'])
  await erik.page.context().close()
  await ada.page.context().close()
})

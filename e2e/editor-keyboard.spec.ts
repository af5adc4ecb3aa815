// The "done when": an editor takes the sample pair from its automatic alignment to
// fully confirmed with the keyboard alone, and can undo any step.
import { expect, test } from './fixtures'
import { ceasefireSample, confirmedFlags, createAlignment, EditorPage, shapes, stored } from './editor-fixtures'

test('an editor takes the ceasefire sample from its automatic alignment to fully confirmed using only the keyboard', async ({ editorPage: page }) => {
  const sample = ceasefireSample()
  const editor = await new EditorPage(page, await createAlignment(page.request, sample)).open()
  const automatic = await stored(page.request, editor.id)
  expect(shapes(automatic)).toBe('1-1 1-1 1-1 1-2 1-1 1-1 1-1 1-1 1-1 0-1 0-1 0-1 0-1 0-1')
  await expect(page.getByTestId('confirmed-count')).toHaveText('0 of 14 confirmed')

  // The shortcuts are one key away.
  await editor.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await editor.press('Escape')
  await expect(editor.list).toBeFocused()

  // Bead 4 is the one-to-two split the aligner found: look at its reasons, try merging it
  // with bead 5, see that this is wrong, undo.
  await editor.press('t')
  expect(await editor.activeBead()).toBe(4)
  await expect(page.getByTestId('bead-details')).toContainText('One original paragraph split into 2.')
  await editor.press('m')
  await editor.saved(2)
  await expect(editor.row(4).getByTestId('bead-type')).toHaveText('2-3')
  await editor.press('Control+z')
  await editor.saved(3)
  await expect(editor.row(4).getByTestId('bead-type')).toHaveText('1-2')

  // The German text lost a dash in "Waffen – Hyperschallraketen": find it, fix it.
  await editor.press('/')
  await page.keyboard.type('WaffenHyper')
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1')
  await editor.press('Escape Enter')
  const box = page.getByRole('textbox', { name: 'Paragraph text' })
  await expect(box).toBeFocused()
  const fixed = automatic.target.paragraphs[9]!.replace('WaffenHyperschallraketen', 'Waffen – Hyperschallraketen')
  await editor.press('Control+a')
  await page.keyboard.insertText(fixed)
  await editor.press('Control+Enter')
  await editor.saved(4)
  await editor.press('h')
  await expect(page.getByTestId('revision').locator('ins')).toHaveText(['Waffen – Hyperschallraketen'])
  await editor.press('i')

  // Walk down from the top, confirming bead after bead, then confirm the rest at once.
  await editor.press('Home')
  for (let k = 0; k < 8; k++) await editor.press('Control+Enter')
  await expect(page.getByTestId('confirmed-count')).toHaveText('8 of 14 confirmed')
  expect(await editor.activeBead()).toBe(9)
  await editor.press('End Shift+C')
  await editor.saved(13)
  await editor.press('Space')
  await editor.saved(14)
  await expect(page.getByTestId('confirmed-count')).toHaveText('14 of 14 confirmed')
  await expect(page.getByTestId('count-unconfirmed')).toContainText('0 unconfirmed')

  const done = await stored(page.request, editor.id)
  expect(confirmedFlags(done).every(Boolean)).toBe(true)
  expect(shapes(done)).toBe(shapes(automatic))
  expect(done.target.paragraphs[9]).toBe(fixed)

  // Every step can be undone, also after a reload.
  await page.reload()
  await expect(editor.list).toBeFocused()
  await editor.press('Control+z')
  await editor.saved(15)
  await expect(page.getByTestId('confirmed-count')).toHaveText('13 of 14 confirmed')
  await editor.press('Control+Shift+Z')
  await editor.saved(16)
  await expect(page.getByTestId('confirmed-count')).toHaveText('14 of 14 confirmed')
})

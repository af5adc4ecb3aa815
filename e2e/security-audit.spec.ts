import { expect, pageAs, test } from './fixtures'

test('an owner reads in the audit log who merged, edited and undid what, newest first, and filters it by person', async ({ browser }) => {
  const editor = await pageAs(browser, 'editor')
  await editor.goto('/')
  await editor.getByRole('link', { name: /Debian Administrator's Handbook, chapter 7/ }).click()
  await editor.waitForURL(/\/alignments\/\d+$/)
  const id = Number(editor.url().split('/').at(-1))
  const origin = new URL(editor.url()).origin
  const edit = async (data: object) => {
    const view = await (await editor.request.get(`/api/alignments/${id}/view`)).json()
    const response = await editor.request.post(`/api/alignments/${id}/edits`, { headers: { origin }, data: { expectedVersion: view.version, ...data } })
    expect(response.status()).toBe(200)
    return view
  }
  const view = await edit({ operation: 'edit-paragraph-text', side: 'source', position: 0, text: 'Chapter 7. Solving problems (edited)' })
  await edit({ operation: 'merge-beads', beadId: view.beads[3].id })
  await edit({ operation: 'undo' })
  await editor.context().close()

  const owner = await pageAs(browser, 'owner')
  await owner.goto(`/alignments/${id}/audit`)
  const rows = owner.getByTestId('audit-row')
  await expect(rows.nth(0)).toContainText('Erik Editor')
  await expect(rows.nth(0)).toContainText('Undid: merge')
  await expect(rows.nth(1)).toContainText('Merged beads (original ¶4–5, translation ¶4–5)')
  await expect(rows.nth(1)).toContainText('undone')
  await expect(rows.nth(2)).toContainText('Edited the text of original paragraph 1')
  await expect(rows.nth(2)).toContainText('Chapter 7. Solving problems (edited)')
  await expect(rows.last()).toContainText('Created the alignment')

  await owner.getByRole('combobox', { name: /^Person/ }).selectOption({ label: 'Erik Editor' })
  await owner.getByRole('button', { name: 'Show' }).click()
  await expect(owner).toHaveURL(/who=/)
  await expect(rows).toHaveCount(3)
  await owner.context().close()
})

import type { APIResponse } from '@playwright/test'
import { expect, pageAs, test } from './fixtures'
import { copyOfSamplePair } from './review-fixtures'

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

test('an owner reads in the audit log what a reviewer did: comments, annotations, approvals and dismissed findings', async ({ browser, editorPage }) => {
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Audit of review work', dropGermanParagraph: 3 })
  const rosa = await pageAs(browser, 'reviewer')
  const api = rosa.request
  const base = `/api/alignments/${alignmentId}`
  const ok = async <T>(response: Promise<APIResponse>): Promise<T> => {
    const answer = await response
    expect(answer.status(), await answer.text()).toBe(200)
    return (await answer.json()) as T
  }
  const view = await ok<{ beads: { id: number; tgtStart: number; tgtEnd: number }[]; target: { paragraphs: string[] } }>(api.get(`${base}/view`))
  const bead = view.beads.find((b) => b.tgtEnd > b.tgtStart && b.tgtStart > 0)!
  const beadNumber = view.beads.indexOf(bead) + 1
  const thread = await ok<{ id: number }>(api.post(`${base}/threads`, { data: { beadId: bead.id, body: 'Is “Waffenruhe” the term the style guide wants?', anchor: { side: 'target', position: bead.tgtStart } } }))
  await ok(api.post(`${base}/threads/${thread.id}/replies`, { data: { body: 'Yes, keep it.' } }))
  await ok(api.post(`${base}/threads/${thread.id}/resolve`, { data: {} }))
  const text = view.target.paragraphs[bead.tgtStart]!
  const quote = text.split(' ')[0]!
  await ok(api.post(`${base}/annotations`, { data: { span: { side: 'target', position: bead.tgtStart, start: 0, end: quote.length, quote }, category: 'TERMINOLOGY', severity: 'MAJOR', note: 'Use the glossary term.' } }))
  await ok(api.post(`${base}/review-status`, { data: { transition: 'approve', beadIds: view.beads.slice(0, 3).map((b) => b.id) } }))
  // The dropped German paragraph leaves an untranslated original: a finding to dismiss.
  const check = (await ok<{ total: number }>(api.get(`${base}/findings?check=empty-target`))).total > 0 ? 'empty-target' : 'length-ratio'
  const dismissed = await ok<{ dismissed: string[] }>(api.post(`${base}/findings/dismissals`, { data: { check } }))
  expect(dismissed.dismissed.length).toBeGreaterThan(0)
  await rosa.context().close()

  const owner = await pageAs(browser, 'owner')
  await owner.goto(`/alignments/${alignmentId}/audit`)
  const rows = owner.getByTestId('audit-row')
  await expect(rows.nth(0)).toContainText(/Rosa/)
  await expect(rows.nth(0)).toContainText(new RegExp(`Dismissed ${dismissed.dismissed.length} automatic findings? of the check “`))
  await expect(rows.nth(1)).toContainText('Approved 3 beads (1–3)')
  await expect(rows.nth(2)).toContainText(`Annotated an error in translation ¶${bead.tgtStart + 1}: Terminology (Major)`)
  await expect(rows.nth(2)).toContainText('Use the glossary term.')
  await expect(rows.nth(3)).toContainText(`Resolved a comment thread on bead ${beadNumber}`)
  await expect(rows.nth(4)).toContainText(`Replied in a comment thread on bead ${beadNumber}`)
  await expect(rows.nth(4)).toContainText('Yes, keep it.')
  await expect(rows.nth(5)).toContainText(`Started a comment thread on bead ${beadNumber} in translation ¶${bead.tgtStart + 1}`)
  if (process.env.AUDIT_SCREENSHOT) await owner.screenshot({ path: process.env.AUDIT_SCREENSHOT, fullPage: true })
  await owner.context().close()
})

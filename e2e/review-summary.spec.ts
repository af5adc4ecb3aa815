import { expect, pageAs, test } from './fixtures'
import { copyOfSamplePair } from './review-fixtures'

test('a reviewer flags an omission on the sample pair and comments, another user replies and resolves the thread, the bead is approved, and the counts and score follow', async ({ browser, editorPage }) => {
  // The German translation without its seventh paragraph: the English one has no counterpart.
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Ceasefire review: omission', dropGermanParagraph: 6 })
  const rosa = await pageAs(browser, 'reviewer')
  await rosa.goto(`/alignments/${alignmentId}/review`)
  await expect(rosa.getByTestId('quality-score')).toHaveText('100')
  await expect(rosa.getByTestId('open-thread-count')).toHaveText('0')

  const omission = rosa.getByTestId('finding-group').filter({ has: rosa.getByRole('heading', { name: /Missing translation/ }) }).getByTestId('finding')
  await expect(omission).toHaveCount(1)
  await expect(omission).toContainText('Original without a translation (1 paragraph): an omission?')
  await expect(omission.getByTestId('finding-diff').locator('del')).toContainText('Russia has warned again and again')

  // Annotate it: the form starts from what the finding suggests (Omission, Major).
  await omission.getByRole('button', { name: 'Annotate' }).click()
  const form = omission.getByTestId('annotation-form')
  await expect(form.getByLabel('Category')).toHaveValue('OMISSION')
  await expect(form.getByRole('radio', { name: /Major/ })).toBeChecked()
  await form.getByLabel('Note (optional)').fill('The whole paragraph is missing in the German text.')
  await form.getByRole('button', { name: 'Annotate' }).click()
  await expect(omission.getByText('Annotated: it counts in the score now.')).toBeVisible()
  await expect(rosa.getByTestId('quality-score')).not.toHaveText('100')
  const scoreAfterAnnotation = await rosa.getByTestId('quality-score').textContent()
  await expect(rosa.getByTestId('annotation-row')).toHaveCount(1)
  await expect(rosa.getByTestId('annotation-row')).toContainText('Omission')
  await expect(rosa.getByTestId('annotations-chart')).toContainText('Omission')

  // Comment on the same bead.
  await omission.getByRole('button', { name: 'Comment' }).click()
  await omission.getByLabel('New comment').fill('Please translate this paragraph, it carries the main argument.')
  await omission.getByRole('button', { name: 'Comment', exact: true }).last().click()
  await expect(rosa.getByTestId('open-thread-count')).toHaveText('1')
  const thread = rosa.getByTestId('open-threads').getByTestId('comment-thread')
  await expect(thread).toContainText('Please translate this paragraph')
  await expect(thread.getByRole('link', { name: /^Bead \d+$/ })).toHaveAttribute('href', new RegExp(`^/alignments/${alignmentId}\\?bead=\\d+$`))

  // The editor replies and resolves the thread.
  await editorPage.goto(`/alignments/${alignmentId}/review`)
  const editorThread = editorPage.getByTestId('open-threads').getByTestId('comment-thread')
  await editorThread.getByLabel('Reply').fill('Done, I added the translation.')
  await editorThread.getByRole('button', { name: 'Reply' }).click()
  await expect(editorThread.getByTestId('comment')).toHaveCount(2)
  await editorThread.getByRole('button', { name: 'Resolve' }).click()
  await expect(editorPage.getByTestId('open-thread-count')).toHaveText('0')
  await expect(editorPage.getByText('No open threads.')).toBeVisible()

  // The reviewer sees it resolved, and approves the bead.
  await rosa.reload()
  await expect(rosa.getByTestId('open-thread-count')).toHaveText('0')
  await expect(rosa.getByTestId('threads-card')).toContainText('0 open, 1 resolved')
  await expect(rosa.getByTestId('status-count-APPROVED')).toContainText('0')
  await omission.getByRole('button', { name: 'Approve' }).click()
  await expect(rosa.getByTestId('status-count-APPROVED')).toContainText('1')
  await expect(omission.getByRole('button', { name: 'Approve' })).toHaveAttribute('aria-pressed', 'true')
  await expect(rosa.getByTestId('quality-score')).toHaveText(scoreAfterAnnotation!)

  // Resolving the annotation leaves the score (the error was in the translation reviewed) but not the open points.
  await rosa.getByTestId('annotation-row').getByRole('button', { name: 'Resolve' }).click()
  await expect(rosa.getByTestId('annotation-row')).toHaveAttribute('data-status', 'RESOLVED')
  await expect(rosa.getByTestId('open-penalty')).toContainText('Still open: nothing')
  await expect(rosa.getByTestId('quality-score')).toHaveText(scoreAfterAnnotation!)
  await rosa.context().close()
})

test('a reviewer dismisses the publisher boilerplate all at once; the findings stay dismissed after a reload, and one can be brought back', async ({ browser, editorPage }) => {
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Ceasefire review: boilerplate' })
  const rosa = await pageAs(browser, 'reviewer')
  await rosa.goto(`/alignments/${alignmentId}/review`)
  const added = rosa.getByTestId('finding-group').filter({ has: rosa.getByRole('heading', { name: /Added text/ }) })
  await expect(added.getByTestId('finding')).toHaveCount(5)
  await added.getByRole('button', { name: 'Dismiss all 5' }).click()
  await added.getByRole('group', { name: /Dismiss all 5 findings of this kind/ }).getByRole('button', { name: 'Dismiss' }).click()
  await expect(added.getByTestId('finding')).toHaveCount(0)
  await expect(rosa.getByTestId('findings-chart')).not.toContainText('Added text')

  await rosa.reload()
  await expect(added.getByTestId('finding')).toHaveCount(0)
  await expect(rosa.getByTestId('findings-todo')).toContainText('5 dismissed.')
  await added.getByRole('button', { name: 'Dismissed (5)' }).click()
  await added.getByTestId('finding').filter({ hasText: 'Schreibe einen Kommentar' }).getByRole('button', { name: 'Restore' }).click()
  await expect(added.getByRole('heading', { name: /Added text \(1\)/ })).toBeVisible()
  await rosa.reload()
  await expect(added.getByTestId('finding')).toHaveCount(1)
  await expect(added.getByTestId('finding')).toContainText('Schreibe einen Kommentar')
  await rosa.context().close()
})

test('a viewer sees the review summary, in German for a German browser, without controls to change it', async ({ browser, editorPage }) => {
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Ceasefire review: viewer' })
  const vic = await pageAs(browser, 'viewer', { locale: 'de-DE' })
  await vic.goto(`/alignments/${alignmentId}/review`)
  await expect(vic.getByRole('heading', { name: 'Zu erledigen: automatische Befunde' })).toBeVisible()
  await expect(vic.getByTestId('finding').first()).toBeVisible()
  await expect(vic.getByTestId('progress-chart')).toContainText('Prüfstatus im Verlauf des Dokuments')
  await expect(vic.getByRole('button', { name: 'Ausblenden' })).toHaveCount(0)
  await expect(vic.getByRole('button', { name: 'Als Fehler erfassen' })).toHaveCount(0)
  await expect(vic.getByRole('button', { name: 'Freigeben' }).first()).toBeDisabled()
  await expect(vic.getByText('Nur Projektinhaber können die Gewichtung ändern.')).toBeVisible()
  await vic.context().close()
})

test("someone outside a project gets 'not found' for its review page", async ({ browser, editorPage }) => {
  const alignmentId = await copyOfSamplePair(editorPage, { title: 'Private review', newProjectName: 'Erik’s own project' })
  const rosa = await pageAs(browser, 'reviewer')
  const response = await rosa.goto(`/alignments/${alignmentId}/review`)
  expect(response?.status()).toBe(404)
  const api = await rosa.request.get(`/api/alignments/${alignmentId}/findings`)
  expect(api.status()).toBe(404)
  await rosa.context().close()
})

import { expect, pageAs, test } from './fixtures'
import { activate, addPerson, freshContext, openMembers, SAMPLE_PROJECT } from './account-support'

const PASSWORD = 'a long enough passphrase'

test('an owner adds a newcomer by e-mail, the newcomer activates from the link and works in their role; the owner changes the role and removes them', async ({ browser }) => {
  const email = `newcomer-${Date.now()}@test.example`
  const url = await addPerson(browser, email, 'Reviewer', 'Nora Newcomer')
  expect(url).toMatch(/\/account\/activate\/[A-Za-z0-9_-]+$/)

  const person = await activate(browser, url, PASSWORD, 'Nora N.')
  const project = person.getByRole('region', { name: SAMPLE_PROJECT })
  await expect(project).toContainText('Reviewer')
  await expect(person.getByRole('region', { name: /Debian/ })).toHaveCount(0)

  // The link worked once.
  const again = await (await freshContext(browser)).newPage()
  await again.goto(url)
  await expect(again.getByRole('heading', { name: 'This link does not work any more' })).toBeVisible()

  const owner = await pageAs(browser, 'owner')
  await openMembers(owner)
  const row = owner.getByTestId('member-row').filter({ hasText: email })
  await expect(row).toContainText('Nora N.')
  await expect(row).not.toContainText('has not activated')
  await row.getByLabel('Role of Nora N.').selectOption({ label: 'Viewer' })
  await expect(row.getByLabel('Role of Nora N.')).toHaveValue('VIEWER')
  await person.reload()
  await expect(person.getByRole('region', { name: SAMPLE_PROJECT })).toContainText('Viewer')

  await row.getByRole('button', { name: 'Remove' }).click()
  await owner.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click()
  await expect(owner.getByTestId('member-row').filter({ hasText: email })).toHaveCount(0)
  await person.reload()
  await expect(person.getByRole('region', { name: SAMPLE_PROJECT })).toHaveCount(0)
  await owner.context().close()
  await person.context().close()
})

test('the last owner can neither step down nor leave, and is told why', async ({ browser }) => {
  const owner = await pageAs(browser, 'owner')
  await openMembers(owner)
  const self = owner.getByTestId('member-row').filter({ hasText: 'ada@tandem.example' })
  await self.getByLabel('Role of Ada Owner').selectOption({ label: 'Editor' })
  await expect(owner.getByText('would leave the project without an owner')).toBeVisible()
  await owner.reload()
  await expect(self.getByLabel('Role of Ada Owner')).toHaveValue('OWNER')
  await self.getByRole('button', { name: 'Leave project' }).click()
  await owner.getByRole('alertdialog').getByRole('button', { name: 'Leave project' }).click()
  await expect(owner.getByText('Leaving would leave the project without an owner')).toBeVisible()
  await owner.context().close()
})

test('an editor sees the members but cannot change them', async ({ editorPage: page }) => {
  await openMembers(page)
  await expect(page.getByText('Only owners can change members.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: /^Role of/ })).toHaveCount(0)
})

import { expect, test } from './fixtures'
import { activate, addPerson, freshContext, signIn } from './account-support'

test('a person changes their password on the account page: other sessions are signed out, the old password stops working, the new one works', async ({ browser }) => {
  const email = `changer-${Date.now()}@test.example`
  const first = 'the first long password'
  const second = 'a second, even longer password'
  const page = await activate(browser, await addPerson(browser, email, 'Editor'), first, 'Pat Changer')
  const elsewhere = await (await freshContext(browser)).newPage()
  await signIn(elsewhere, email, first)
  await expect(elsewhere.getByRole('heading', { name: 'Projects' })).toBeVisible()

  await page.getByRole('link', { name: 'Pat Changer' }).click()
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
  await expect(page.getByTestId('session-row')).toHaveCount(2)
  await page.getByLabel('Current password').fill('not my password at all')
  await page.locator('input[name="newPassword"]').fill(second)
  await page.getByLabel('New password again').fill(second)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('The current password is not right.')).toBeVisible()

  await page.getByLabel('Current password').fill(first)
  await page.getByLabel('New password again').fill('a typo in the repeat')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('The two new passwords are not the same.')).toBeVisible()

  await page.getByLabel('New password again').fill(second)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('Your password is changed, and every other session is signed out.')).toBeVisible()
  await expect(page.getByTestId('session-row')).toHaveCount(1)

  await elsewhere.reload()
  await expect(elsewhere).toHaveURL(/\/sign-in/)
  await signIn(elsewhere, email, first)
  await expect(elsewhere.getByText('E-mail or password is wrong.')).toBeVisible()
  await signIn(elsewhere, email, second)
  await expect(elsewhere.getByRole('heading', { name: 'Projects' })).toBeVisible()

  // Signing out ends this session for good.
  await page.getByRole('button', { name: 'Sign out' }).first().click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/account')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/)
  await page.context().close()
  await elsewhere.context().close()
})

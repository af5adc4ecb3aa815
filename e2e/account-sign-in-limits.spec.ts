import { expect, test } from './fixtures'
import { activate, addPerson, freshContext, signIn } from './account-support'

test('guessing passwords from one address is stopped after five tries a minute', async ({ browser }) => {
  const page = await (await freshContext(browser)).newPage()
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, 'nobody@tandem.example', `guess number ${attempt}`)
    await expect(page.getByText('E-mail or password is wrong.')).toBeVisible()
  }
  await signIn(page, 'erik@tandem.example', 'tandem-demo')
  await expect(page.getByText('Too many attempts. Please wait a minute and try again.')).toBeVisible()
  await page.context().close()
})

test('guessing one account’s password from ever new addresses is stopped after ten failures, even with the right password', async ({ browser }) => {
  const email = `target-${Date.now()}@test.example`
  const password = 'the real long password'
  const owner = await activate(browser, await addPerson(browser, email, 'Viewer'), password)
  await owner.context().close()
  for (let attempt = 1; attempt <= 10; attempt++) {
    // A new client address each time: the per-address limit never triggers.
    const page = await (await freshContext(browser)).newPage()
    await signIn(page, email, `wrong guess ${attempt}`)
    await expect(page.getByText('E-mail or password is wrong.')).toBeVisible()
    await page.context().close()
  }
  const page = await (await freshContext(browser)).newPage()
  await signIn(page, email, password)
  await expect(page.getByText('Too many failed sign-ins for this account. Try again in 15 minutes.')).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.context().close()
})

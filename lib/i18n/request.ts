import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { LOCALE_COOKIE } from './locales'
import { messages } from './messages'
import { negotiateLocale } from './negotiate-locale'

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'))
  return {
    locale,
    messages: messages[locale],
    timeZone: 'UTC',
  }
})

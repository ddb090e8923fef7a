import type { Config } from 'payload'

import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'

type I18nConfig = NonNullable<Config['i18n']>

/** Payload's Arabic, with its spelling slips corrected («أنشاء جديد» is «إنشاء جديد»). */
const arabic: typeof ar = {
  ...ar,
  translations: { ...ar.translations, general: { ...ar.translations.general, createNew: 'إنشاء جديد' } },
}

export type ArabicAdminResult = {
  i18n: Config['i18n']
  /** Set when the host chose its own languages and Arabic was added to them: said once at start-up. */
  notice?: string
}

/**
 * The admin's languages. Without an `i18n` of the host's, the admin speaks Arabic (right to left) with
 * English beside it and Arabic as the fallback. A host that lists its own languages keeps them, and Arabic
 * is added, since the newsroom's fields, buttons and messages are written for it.
 */
export function withArabicAdmin(i18n: Config['i18n'], enabled: boolean): ArabicAdminResult {
  if (!enabled) return { i18n }
  const languages = i18n?.supportedLanguages
  if (!languages || Object.keys(languages).length === 0) {
    return { i18n: { ...i18n, supportedLanguages: { ar: arabic, en }, fallbackLanguage: i18n?.fallbackLanguage ?? 'ar' } }
  }
  if ('ar' in languages) return { i18n }
  return {
    i18n: { ...i18n, supportedLanguages: { ...languages, ar: arabic } } as I18nConfig,
    notice:
      '[payload-newsroom] Arabic was added to the admin languages configured in i18n.supportedLanguages. Set arabicAdmin: false to keep only your own.',
  }
}

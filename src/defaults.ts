/** Every default value of the plugin, in one place. */
export const DEFAULT_TIMEZONE = 'Africa/Cairo'

export const DEFAULT_SUPPORTED_TIMEZONES: readonly string[] = [
  'Africa/Cairo',
  'Asia/Riyadh',
  'Asia/Dubai',
  'Asia/Beirut',
  'Africa/Casablanca',
  'Europe/London',
  'UTC',
]

/** Content locales added when the host config has none. Arabic is the default and reads right to left. */
export const DEFAULT_LOCALES = [
  { code: 'ar', label: { ar: 'العربية', en: 'Arabic' }, rtl: true },
  { code: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
] as const

export const DEFAULT_LOCALE = 'ar'

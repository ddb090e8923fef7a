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

/** Digits of the times written for staff: Latin, like the admin's own date fields. */
export const DEFAULT_DIGITS = 'latin' as const

/** Content locales added when the host config has none. Arabic is the default and reads right to left. */
export const DEFAULT_LOCALES = [
  { code: 'ar', label: { ar: 'العربية', en: 'Arabic' }, rtl: true },
  { code: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
] as const

export const DEFAULT_LOCALE = 'ar'

/** Publish notifications: delivery attempts per message (the first included), and the first retry's wait. */
export const DEFAULT_NOTIFICATION_ATTEMPTS = 5
export const DEFAULT_NOTIFICATION_BACKOFF_MS = 30_000
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000
export const DEFAULT_NOTIFICATION_QUEUE = 'newsroom-notifications'
export const DEFAULT_DELIVERIES_SLUG = 'notification-deliveries'
export const DEFAULT_DELIVERY_CLAIMS_SLUG = 'notification-claims'

/** The jobs queue that holds scheduled publications (the host app runs it). */
export const DEFAULT_SCHEDULE_QUEUE = 'newsroom-schedule'

/** Media uploads: largest file (bytes), most decoded pixels, accepted types and storage folder. */
export const DEFAULT_MEDIA_MAX_FILE_SIZE = 20 * 1024 * 1024
export const DEFAULT_MEDIA_MAX_INPUT_PIXELS = 50_000_000
export const DEFAULT_MEDIA_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const
export const DEFAULT_MEDIA_STATIC_DIR = '.data/media'

/** How often the plugin's own queue runners fire (crons with seconds allowed). */
export const DEFAULT_NOTIFICATIONS_CRON = '* * * * * *'
export const DEFAULT_SCHEDULE_CRON = '* * * * *'

/** The frontend API: site origin and name, list caps, cache lifetimes (seconds), feed and sitemap sizes. */
export const DEFAULT_FRONTEND_SITE_URL = 'http://localhost:3000'
export const DEFAULT_FRONTEND_SITE_NAME = 'غرفة الأخبار'
export const DEFAULT_FRONTEND_MAX_LIMIT = 100
export const DEFAULT_FRONTEND_DEFAULT_LIMIT = 10
export const DEFAULT_FRONTEND_MAX_DEPTH = 2
export const DEFAULT_FRONTEND_CACHE = { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600, memorySeconds: 1 } as const
export const DEFAULT_FRONTEND_FEED_SIZE = 50
export const DEFAULT_FRONTEND_SITEMAP_PART_SIZE = 50_000
export const DEFAULT_FRONTEND_NEWS_SITEMAP_HOURS = 48
export const DEFAULT_FRONTEND_PREVIEW_TTL_SECONDS = 3600

/** Production safety: login and password-reset throttling (in memory, per process). */
export const DEFAULT_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxFailedLoginsPerIp: 20,
  maxFailedLoginsPerAccount: 10,
  maxResetRequestsPerIp: 10,
  maxResetRequestsPerAccount: 3,
  proxyHops: 1,
} as const

/** Whether the process runs in production: session cookies are then `Secure` and error bodies carry no details. */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

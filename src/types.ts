import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import type { ResolvedSlugOptions, ResolvedValidationOptions, SlugOptions, ValidationOptions } from './content/options'
import type { FrontendOptions, ResolvedFrontendOptions } from './frontend/options'
import type { MediaOptions, ResolvedMediaOptions } from './media/options'
import type { NotificationsOptions, ResolvedNotificationsOptions } from './notifications/types'
import type { DigitStyle } from './workflow/time'

/** Options shared by every collection the plugin adds. */
export type CollectionOptions = {
  /**
   * The collection's slug.
   * @default the collection's name: 'articles', 'sections', 'sources', 'media'
   */
  slug?: string
  /**
   * Properties merged over the generated collection config (hooks and access are merged, not replaced).
   * @default {}
   */
  overrides?: Partial<Omit<CollectionConfig, 'fields' | 'slug'>>
  /**
   * Receives the plugin's fields and returns the fields to use, so fields can be added or changed
   * without copying ours.
   * @default ({ defaultFields }) => defaultFields
   */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** The options of `newsroomPlugin`. */
export type NewsroomPluginOptions = {
  /**
   * Keeps the schema (collections and fields) but switches the plugin's behaviour off: its hooks do not run.
   * Access control and the upload safety checks stay on, so drafts never become public and hostile files
   * are still refused. Database migrations stay stable.
   * @default false
   */
  disabled?: boolean
  /** Per-collection slugs, overrides and field callbacks. */
  collections?: {
    articles?: CollectionOptions
    sections?: CollectionOptions
    sources?: CollectionOptions
    media?: CollectionOptions
    /** The append-only history of workflow transitions. Only `slug` and `overrides` apply to it. */
    workflowEvents?: CollectionOptions
  }
  /**
   * The auth collection that holds newsroom staff. The plugin adds `roles` and `sections` fields to it,
   * and creates a minimal one when the config has no collection with this slug.
   * @default 'users'
   */
  usersCollection?: string
  /**
   * IANA time zone in which publication times are entered and shown in the admin. Times are stored in UTC.
   * @default 'Africa/Cairo'
   */
  timezone?: string
  /**
   * Time zones offered next to the newsroom's own in the date pickers.
   * @default ['Africa/Cairo', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Beirut', 'Africa/Casablanca', 'Europe/London', 'UTC']
   */
  supportedTimezones?: string[]
  /**
   * Digits of the times the plugin writes for staff (workflow messages, the article's timeline, the review
   * queue): `'latin'` (0–9, as the admin's own date fields write them) or `'arabic-indic'` (٠–٩).
   * @default 'latin'
   */
  digits?: DigitStyle
  /**
   * Adds the `ar` (right to left, default) and `en` content locales when the config has no localization,
   * and marks an existing `ar` locale right to left.
   * @default true
   */
  localization?: boolean
  /**
   * Publish notifications: emails to authors, reviewers, editors and section subscribers, and signed
   * webhooks for frontends, delivered through Payload's jobs queue. See docs/notifications.md.
   * @default {} (emails on for every event, no webhooks, 5 attempts)
   */
  notifications?: NotificationsOptions
  /**
   * Every article goes through review: nobody may publish or schedule an article that is not `approved`.
   * When `false`, the editor-in-chief and admins may publish or schedule straight from `draft`, `in_review`
   * or `changes_requested`. See docs/workflow.md.
   * @default true
   */
  requireReview?: boolean
  /**
   * The jobs queue that holds scheduled publications. The host app must run it (Payload's
   * `jobs.autoRun`, or `payload jobs:run --queue <name> --cron "* * * * *"`): a queue nobody runs never
   * publishes anything.
   * @default 'newsroom-schedule'
   */
  scheduleQueue?: string
  /**
   * Limits and storage of media uploads: largest file, most pixels, accepted types, storage folder.
   * See docs/media.md.
   * @default { maxFileSize: 20 MB, maxInputPixels: 50_000_000, allowedTypes: JPEG, PNG, WebP, AVIF, GIF, staticDir: '.data/media' }
   */
  media?: MediaOptions
  /**
   * Slugs: length, sun-letter assimilation, and an optional Arabic slug. See docs/transliteration.md.
   * @default { maxLength: 80, sunLetters: false, arabicSlug: false }
   */
  slug?: SlugOptions
  /**
   * Text checks on save: title length in grapheme clusters, the share of Arabic script in Arabic titles,
   * and how far ahead a publication time may lie.
   * @default { titleLength: { min: 8, max: 160 }, arabicTitleRatio: 0.6, maxFutureDays: 365 }
   */
  validation?: ValidationOptions
  /**
   * Serves the admin in Arabic (right to left) with English as the second language. When the host's config
   * sets `i18n.supportedLanguages` itself, Arabic is added to them and the start-up log says so; `false`
   * leaves the host's `i18n` exactly as it is.
   * @default true
   */
  arabicAdmin?: boolean
  /**
   * Running the plugin's two queues (notification delivery and scheduled publication). By default the plugin
   * adds `jobs.autoRun` entries for them beside the host's own, so every instance runs them; set
   * `autoRun: false` when a separate worker runs `payload jobs:run --queue <name>` instead.
   * @default { autoRun: true, notificationsCron: '* * * * * *', scheduleCron: '* * * * *' }
   */
  jobs?: JobsOptions
  /**
   * The frontend API: published articles by slug, by section and by search, RSS and JSON feeds, sitemaps,
   * cache headers and draft previews. See the README's "Frontend API".
   * @default { siteUrl: 'http://localhost:3000', maxLimit: 100, maxDepth: 2, cache: { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600 } }
   */
  frontend?: FrontendOptions
  /**
   * Production safety: login and password-reset throttling, `Secure` session cookies, the origins allowed by
   * CORS and CSRF, and error bodies without stack traces. See the README's "Production safety".
   * @default { throttle: { windowMs: 900_000, maxFailedLoginsPerIp: 20, maxFailedLoginsPerAccount: 10, maxResetRequestsPerIp: 10, maxResetRequestsPerAccount: 3, proxyHops: 1 }, secureCookies: NODE_ENV === 'production', allowedOrigins: [], hideErrorDetails: NODE_ENV === 'production' }
   */
  security?: SecurityOptions
}

/**
 * Throttling of the staff collection's login and forgot-password requests. Counts are kept in the memory of
 * each process (a restart forgets them; with several instances each counts its own requests), beside
 * Payload's own lockout of an account after `auth.maxLoginAttempts` wrong passwords, which stays on.
 */
export type ThrottleOptions = {
  /**
   * The window over which attempts are counted, in milliseconds.
   * @default 900_000 (15 minutes)
   */
  windowMs?: number
  /**
   * Failed logins from one client address, across every account, before its logins answer 429.
   * @default 20
   */
  maxFailedLoginsPerIp?: number
  /**
   * Failed logins for one address (existing or not) before its logins answer 429. Above Payload's
   * `maxLoginAttempts` (5 by default), so Payload locks a real account first.
   * @default 10
   */
  maxFailedLoginsPerAccount?: number
  /**
   * Password-reset requests from one client address before they answer 429.
   * @default 10
   */
  maxResetRequestsPerIp?: number
  /**
   * Password-reset requests for one address (existing or not: the answer never tells) before they answer 429.
   * @default 3
   */
  maxResetRequestsPerAccount?: number
  /**
   * How many proxies in front of the app append to `X-Forwarded-For`: the client address is the entry that
   * many places from its end (Next.js sets the header from the connection when no proxy did). `0` ignores
   * the header, so only accounts are counted.
   * @default 1
   */
  proxyHops?: number
}

/** Production safety settings. */
export type SecurityOptions = {
  /**
   * Login and password-reset throttling; `false` switches it off.
   * @default { windowMs: 900_000, maxFailedLoginsPerIp: 20, maxFailedLoginsPerAccount: 10, maxResetRequestsPerIp: 10, maxResetRequestsPerAccount: 3, proxyHops: 1 }
   */
  throttle?: ThrottleOptions | false
  /**
   * Marks the staff session cookie `Secure` (sent over HTTPS only), unless the staff collection sets
   * `auth.cookies.secure` itself.
   * @default process.env.NODE_ENV === 'production'
   */
  secureCookies?: boolean
  /**
   * Origins (such as `https://desk.example.com`) added to Payload's `cors` and `csrf` lists: browsers on them
   * may call the API, and their requests are authenticated by the session cookie. The server's own
   * `serverURL` is always allowed.
   * @default []
   */
  allowedOrigins?: string[]
  /**
   * Removes stack traces from error bodies and answers every 500 with a generic message, even when the
   * config sets `debug: true`. Details stay in the server log.
   * @default process.env.NODE_ENV === 'production'
   */
  hideErrorDetails?: boolean
}

/** How the plugin's queues are run. */
export type JobsOptions = {
  /**
   * Adds `jobs.autoRun` entries for the plugin's queues. `false` leaves running them to a worker.
   * @default true
   */
  autoRun?: boolean
  /**
   * How often the notification queue is run (a cron with seconds).
   * @default '* * * * * *' (every second)
   */
  notificationsCron?: string
  /**
   * How often the schedule queue is run. On every whole minute, an article scheduled for 14:30 goes live at 14:30:00.
   * @default '* * * * *' (every minute)
   */
  scheduleCron?: string
  /**
   * A job of the plugin's queues still marked as being processed this many minutes after its last update
   * belongs to a worker that was stopped mid-job (a deploy, a crash): it is put back in its queue. Checked
   * when an instance starts and every minute. `0` turns it off.
   * @default 10
   */
  reclaimAfterMinutes?: number
}

/** Options after defaults are applied: what hooks and collection factories receive. */
export type ResolvedNewsroomOptions = {
  disabled: boolean
  /** Typed as the host's collection slugs, so the plugin compiles against a host's generated types. */
  slugs: {
    articles: CollectionSlug
    sections: CollectionSlug
    sources: CollectionSlug
    media: CollectionSlug
    users: CollectionSlug
    workflowEvents: CollectionSlug
    slugHistory: CollectionSlug
    /** Failed logins and reset requests, counted by the throttle across instances. */
    authAttempts: CollectionSlug
  }
  collections: {
    articles: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    sections: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    sources: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    media: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    workflowEvents: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
  }
  timezone: string
  supportedTimezones: string[]
  digits: DigitStyle
  localization: boolean
  notifications: ResolvedNotificationsOptions
  requireReview: boolean
  scheduleQueue: string
  media: ResolvedMediaOptions
  slug: ResolvedSlugOptions
  validation: ResolvedValidationOptions
  arabicAdmin: boolean
  jobs: Required<JobsOptions>
  frontend: ResolvedFrontendOptions
  security: ResolvedSecurityOptions
}

/** Security settings after defaults are applied. */
export type ResolvedSecurityOptions = {
  throttle: Required<ThrottleOptions> | false
  secureCookies: boolean
  allowedOrigins: string[]
  hideErrorDetails: boolean
}

import type { CollectionOptions, NewsroomPluginOptions, ResolvedNewsroomOptions } from './types'

import { resolveSlugOptions, resolveValidationOptions } from './content/options'
import { DEFAULT_NOTIFICATIONS_CRON, DEFAULT_SCHEDULE_CRON, DEFAULT_SCHEDULE_QUEUE, DEFAULT_DIGITS, DEFAULT_SUPPORTED_TIMEZONES, DEFAULT_TIMEZONE } from './defaults'
import { resolveFrontendOptions } from './frontend/options'
import { resolveMediaOptions } from './media/options'
import { resolveNotificationsOptions } from './notifications/options'
import { resolveSecurityOptions } from './security/options'
import { DEFAULT_SLUGS } from './slugs'
import { DIGIT_STYLES } from './workflow/time'

const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function resolveCollection(options: CollectionOptions | undefined) {
  return {
    overrides: options?.overrides ?? {},
    fields: options?.fields ?? (({ defaultFields }) => defaultFields),
  } satisfies ResolvedNewsroomOptions['collections']['articles']
}

function resolveReclaimMinutes(value: number | undefined): number {
  if (value === undefined) return 10
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error('[payload-newsroom] jobs.reclaimAfterMinutes must be a number of minutes, 0 or more (0 turns reclaiming off).')
  }
  return value
}

function resolveQueueName(queue: string | undefined): string {
  if (queue === undefined) return DEFAULT_SCHEDULE_QUEUE
  if (typeof queue !== 'string' || queue.trim() === '') {
    throw new Error('[payload-newsroom] scheduleQueue must be a non-empty queue name, such as "newsroom-schedule".')
  }
  return queue.trim()
}

/**
 * Applies defaults and checks the options once, at start-up, so hooks never guess.
 * Throws an error prefixed `[payload-newsroom]` that names the option and the fix.
 */
export function sanitizeOptions(options: NewsroomPluginOptions = {}): ResolvedNewsroomOptions {
  const slugs = {
    articles: options.collections?.articles?.slug ?? DEFAULT_SLUGS.articles,
    sections: options.collections?.sections?.slug ?? DEFAULT_SLUGS.sections,
    sources: options.collections?.sources?.slug ?? DEFAULT_SLUGS.sources,
    media: options.collections?.media?.slug ?? DEFAULT_SLUGS.media,
    users: options.usersCollection ?? DEFAULT_SLUGS.users,
    workflowEvents: options.collections?.workflowEvents?.slug ?? DEFAULT_SLUGS.workflowEvents,
    slugHistory: DEFAULT_SLUGS.slugHistory,
    authAttempts: DEFAULT_SLUGS.authAttempts,
  } as ResolvedNewsroomOptions['slugs']

  for (const [name, slug] of Object.entries(slugs)) {
    if (!SLUG_PATTERN.test(slug)) {
      throw new Error(
        `[payload-newsroom] The slug "${slug}" for ${name} is not valid: use lower-case letters, digits and hyphens, starting with a letter.`,
      )
    }
  }
  const distinct = new Set(Object.values(slugs))
  if (distinct.size !== Object.values(slugs).length) {
    throw new Error(`[payload-newsroom] Two collections share a slug (${Object.values(slugs).join(', ')}): give each its own.`)
  }

  const timezone = options.timezone ?? DEFAULT_TIMEZONE
  const supportedTimezones = [...new Set([timezone, ...(options.supportedTimezones ?? DEFAULT_SUPPORTED_TIMEZONES)])]
  for (const zone of supportedTimezones) {
    if (!isValidTimeZone(zone)) {
      throw new Error(`[payload-newsroom] Unknown time zone "${zone}": use an IANA name such as "Africa/Cairo".`)
    }
  }

  const digits = options.digits ?? DEFAULT_DIGITS
  if (!DIGIT_STYLES.includes(digits)) {
    throw new Error(`[payload-newsroom] Unknown digit style "${String(digits)}": use ${DIGIT_STYLES.map((style) => `"${style}"`).join(' or ')}.`)
  }

  return {
    disabled: options.disabled ?? false,
    slugs,
    collections: {
      articles: resolveCollection(options.collections?.articles),
      sections: resolveCollection(options.collections?.sections),
      sources: resolveCollection(options.collections?.sources),
      media: resolveCollection(options.collections?.media),
      workflowEvents: resolveCollection(options.collections?.workflowEvents),
    },
    timezone,
    supportedTimezones,
    digits,
    localization: options.localization ?? true,
    notifications: resolveNotificationsOptions(options.notifications),
    requireReview: options.requireReview ?? true,
    scheduleQueue: resolveQueueName(options.scheduleQueue),
    media: resolveMediaOptions(options.media),
    slug: resolveSlugOptions(options.slug),
    validation: resolveValidationOptions(options.validation),
    arabicAdmin: options.arabicAdmin ?? true,
    jobs: {
      autoRun: options.jobs?.autoRun ?? true,
      notificationsCron: options.jobs?.notificationsCron ?? DEFAULT_NOTIFICATIONS_CRON,
      scheduleCron: options.jobs?.scheduleCron ?? DEFAULT_SCHEDULE_CRON,
      reclaimAfterMinutes: resolveReclaimMinutes(options.jobs?.reclaimAfterMinutes),
    },
    frontend: resolveFrontendOptions(options.frontend),
    security: resolveSecurityOptions(options.security),
  }
}

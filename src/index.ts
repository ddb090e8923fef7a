import type { CollectionConfig, Config, Plugin } from 'payload'

import type { NewsroomPluginOptions, ResolvedNewsroomOptions } from './types'

import { createArticlesCollection } from '../collections/articles'
import { adoptMediaCollection, createMediaCollection } from '../collections/media'
import { createSectionsCollection } from '../collections/sections'
import { createSlugHistoryCollection } from '../collections/slugHistory'
import { createAuthAttemptsCollection } from '../collections/authAttempts'
import { createSourcesCollection } from '../collections/sources'
import { createUsersCollection, extendUsersCollection } from '../collections/users'
import { createWorkflowEventsCollection } from '../collections/workflowEvents'
import { secureLockedDocuments, withAdminOnlyJobs } from './access/payloadAccess'
import { withWorkflowAdmin } from './admin/config'
import { DEFAULT_LOCALE, DEFAULT_LOCALES } from './defaults'
import { withFrontendApi } from './frontend/plugin'
import { withGraphQLGuards } from './graphql/withGraphQLGuards'
import { withNotifications } from './notifications/plugin'
import { withArabicAdmin } from './host/arabicAdmin'
import { withPluginQueues } from './host/queues'
import { requireProductionSecret } from './host/requireSecret'
import { requireSharp } from './host/requireSharp'
import { serializeTransactions } from './host/serializeTransactions'
import { withLocalesParentIndexes } from './host/localesParentIndexes'
import { withWorkflowJobs } from './jobs'
import { ADMIN_DATE_FORMAT } from './workflow/time'
import { guardQueryBeforeOperation } from '../hooks/guardQueryBeforeOperation'
import { mediaUploadConfig } from './media/uploadLimits'
import { withReadableDescriptions } from './admin/descriptions'
import { sanitizeOptions } from './sanitizeOptions'
import { withSecurity } from './security/withSecurity'
import { startReclaimingJobs } from './reclaimJobs'
import { keepPoolErrorsNonFatal } from './database/poolErrors'

export type { CollectionOptions, NewsroomPluginOptions, ResolvedNewsroomOptions } from './types'
export { DEFAULT_SLUGS, ROLE_VALUES, type NewsroomRole } from './slugs'
export { sanitizeOptions } from './sanitizeOptions'
export { hasRole, isStaff, rolesOf, toActor } from './access'
export { applyWorkflowAction, type WorkflowActionInput, type WorkflowActionResult } from './workflow-server/applyWorkflowAction'
export { enqueueNotifications, type EnqueueNotificationsArgs } from './notifications/outbox'
export type { NotificationEvent, NotificationsOptions } from './notifications/types'
export type { MediaOptions } from './media/options'
export type { JobsOptions } from './types'
export { serializeTransactions } from './host/serializeTransactions'
export { flattenMongoFilter, flattenMongoFilters } from './database/flattenMongoFilters'
export { paragraphsToLexical } from './importer/lexical'
export { parsePlainTextArticle } from './importer/plainText'
export { zonedTimeToUtc } from './time'
export type { FrontendOptions } from './frontend/options'

/** `collection` with `hook` run first among its `name` hooks. */
function withHook<K extends 'beforeOperation'>(
  collection: CollectionConfig,
  name: K,
  hook: NonNullable<NonNullable<CollectionConfig['hooks']>[K]>[number],
): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, [name]: [hook, ...(collection.hooks?.[name] ?? [])] } }
}

function withLocalization(config: Config, options: ResolvedNewsroomOptions): Config['localization'] {
  if (!options.localization) return config.localization
  if (!config.localization) {
    return {
      locales: DEFAULT_LOCALES.map((locale) => ({ ...locale })),
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
    }
  }
  const locales = config.localization.locales.map((locale) =>
    typeof locale === 'string'
      ? locale === 'ar'
        ? { code: 'ar', label: 'العربية', rtl: true }
        : locale
      : locale.code === 'ar'
        ? { ...locale, rtl: true }
        : locale,
  )
  return { ...config.localization, locales } as Config['localization']
}

/**
 * The newsroom plugin: adds articles, sections, sources and media, extends the staff collection with
 * roles and sections, and sets up Arabic (right to left) content locales.
 *
 * @example
 * buildConfig({ plugins: [newsroomPlugin({ timezone: 'Africa/Cairo' })], ... })
 */
export const newsroomPlugin =
  (pluginOptions: NewsroomPluginOptions = {}): Plugin =>
  (incoming: Config): Config => {
    // 1. Resolve options once; misconfiguration stops start-up here with a clear message.
    const options = sanitizeOptions(pluginOptions)
    const { slugs } = options
    requireSharp(incoming)
    requireProductionSecret(incoming)

    const existing = incoming.collections ?? []
    const taken = new Set(existing.map((collection) => collection.slug))
    const hostMedia = existing.find((collection) => collection.slug === slugs.media && collection.upload)
    for (const slug of [slugs.articles, slugs.sections, slugs.sources, slugs.media, slugs.workflowEvents, slugs.slugHistory, slugs.authAttempts]) {
      if (slug === hostMedia?.slug) continue
      if (taken.has(slug)) {
        throw new Error(
          `[payload-newsroom] The config already has a collection "${slug}". Give the plugin another slug through its collections option, or remove yours.`,
        )
      }
    }

    // 2. The staff collection: extend the user's own, or add a minimal one.
    const sqlite = incoming.db?.name === 'sqlite'
    const hasUsers = taken.has(slugs.users)
    const collections: CollectionConfig[] = existing
      .filter((collection) => collection !== hostMedia)
      .map((collection) => (collection.slug === slugs.users ? extendUsersCollection(collection, options, { sqlite }) : collection))
    if (!hasUsers) collections.push(extendUsersCollection(createUsersCollection(options), options, { sqlite }))
    const users = collections.find((collection) => collection.slug === slugs.users)
    if (!users?.auth) {
      throw new Error(
        `[payload-newsroom] The collection "${slugs.users}" must be an auth collection (auth: true), or set usersCollection to one that is.`,
      )
    }

    // 3. The newsroom's own collections, built by factories from the resolved options (their field
    // descriptions drawn readable).
    const own = [
      createArticlesCollection(options),
      createSectionsCollection(options),
      createSourcesCollection(options),
      hostMedia ? adoptMediaCollection(hostMedia, createMediaCollection(options)) : createMediaCollection(options),
      createWorkflowEventsCollection(options),
      createSlugHistoryCollection(options),
      createAuthAttemptsCollection(options),
    ]
    collections.push(...own.map(withReadableDescriptions))

    const guarded = new Set<string>([slugs.users, slugs.articles, slugs.sections, slugs.sources, slugs.media, slugs.workflowEvents, slugs.slugHistory])

    // 4. What the plugin brings its host: the Arabic admin, its queues run, SQLite transactions queued.
    const { i18n, notice } = withArabicAdmin(incoming.i18n, options.arabicAdmin)
    const queued = incoming.db?.name === 'sqlite' ? serializeTransactions(incoming.db) : incoming.db
    // Saves at scale: each localized table of the newsroom's collections gets an index on its parent.
    const db = queued ? withLocalesParentIndexes(queued, [slugs.articles, slugs.sections, slugs.sources, slugs.media]) : queued
    const onInit: Config['onInit'] = async (payload) => {
      if (incoming.onInit) await incoming.onInit(payload)
      if (notice) payload.logger.info(notice)
      secureLockedDocuments(payload, slugs.users)
      // A database connection cut by the server is logged; it must not end the process.
      keepPoolErrorsNonFatal(payload)
      // Jobs a stopped worker left marked as processing go back in their queue (see reclaimJobs.ts).
      if (!options.disabled && options.jobs.reclaimAfterMinutes > 0) {
        await startReclaimingJobs(payload, {
          queues: [options.scheduleQueue, options.notifications.queue],
          olderThanMs: options.jobs.reclaimAfterMinutes * 60_000,
        })
      }
    }

    // 5. Merge into the config, keeping everything the user had.
    const merged: Config = {
      ...incoming,
      db,
      i18n,
      onInit,
      // Ids, dates and operators in queries are checked before the database sees them (400, not 500).
      collections: collections.map((collection) =>
        guarded.has(collection.slug) ? withHook(collection, 'beforeOperation', guardQueryBeforeOperation) : collection,
      ),
      localization: withLocalization(incoming, options),
      // GraphQL documents Payload's own validation cannot survive (fragment cycles) are refused first.
      graphQL: withGraphQLGuards(incoming.graphQL),
      // Payload's multipart parser must accept files as large as the media limit allows.
      upload: mediaUploadConfig(incoming.upload, options.media),
      // The workflow's scheduled-publish task, and runners for the plugin's queues unless a worker runs them.
      // Only admins trigger job runs from outside; the plugin's runners and trusted code are not affected.
      jobs: withAdminOnlyJobs(withPluginQueues(withWorkflowJobs(incoming.jobs, options), options, incoming.db?.name), slugs.users),
      admin: withWorkflowAdmin(
        {
          ...incoming.admin,
          user: incoming.admin?.user ?? slugs.users,
          // Dates in lists and fields in the shape the plugin writes times in (day, month name, year, 24 h).
          dateFormat: incoming.admin?.dateFormat ?? ADMIN_DATE_FORMAT,
          timezones: incoming.admin?.timezones ?? {
            defaultTimezone: options.timezone,
            supportedTimezones: options.supportedTimezones.map((zone) => ({ label: zone, value: zone })),
          },
        },
        options,
      ),
    }

    // 6. Publish notifications: delivery log, job tasks (merged with the config's) and article hooks.
    // 7. The frontend API: published news by slug, section, search and feeds (src/frontend).
    // 8. Production safety: CORS and CSRF origins from the options, error bodies without internals.
    return withSecurity(withFrontendApi(withNotifications(merged, options), options), options.security)
  }

export default newsroomPlugin

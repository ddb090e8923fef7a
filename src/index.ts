import type { CollectionConfig, Config, Plugin } from 'payload'

import type { NewsroomPluginOptions, ResolvedNewsroomOptions } from './types'

import { createArticlesCollection } from '../collections/articles'
import { createMediaCollection } from '../collections/media'
import { createSectionsCollection } from '../collections/sections'
import { createSourcesCollection } from '../collections/sources'
import { createUsersCollection, extendUsersCollection } from '../collections/users'
import { DEFAULT_LOCALE, DEFAULT_LOCALES } from './defaults'
import { sanitizeOptions } from './sanitizeOptions'

export type { CollectionOptions, NewsroomPluginOptions, ResolvedNewsroomOptions } from './types'
export { DEFAULT_SLUGS, ROLE_VALUES, type NewsroomRole } from './slugs'
export { sanitizeOptions } from './sanitizeOptions'
export { hasRole, isStaff, rolesOf } from './access'

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

    const existing = incoming.collections ?? []
    const taken = new Set(existing.map((collection) => collection.slug))
    for (const slug of [slugs.articles, slugs.sections, slugs.sources, slugs.media]) {
      if (taken.has(slug)) {
        throw new Error(
          `[payload-newsroom] The config already has a collection "${slug}". Give the plugin another slug through its collections option, or remove yours.`,
        )
      }
    }

    // 2. The staff collection: extend the user's own, or add a minimal one.
    const hasUsers = taken.has(slugs.users)
    const collections: CollectionConfig[] = existing.map((collection) =>
      collection.slug === slugs.users ? extendUsersCollection(collection, options) : collection,
    )
    if (!hasUsers) collections.push(extendUsersCollection(createUsersCollection(options), options))
    const users = collections.find((collection) => collection.slug === slugs.users)
    if (!users?.auth) {
      throw new Error(
        `[payload-newsroom] The collection "${slugs.users}" must be an auth collection (auth: true), or set usersCollection to one that is.`,
      )
    }

    // 3. The newsroom's own collections, built by factories from the resolved options.
    collections.push(
      createArticlesCollection(options),
      createSectionsCollection(options),
      createSourcesCollection(options),
      createMediaCollection(options),
    )

    // 4. Merge into the config, keeping everything the user had.
    return {
      ...incoming,
      collections,
      localization: withLocalization(incoming, options),
      admin: {
        ...incoming.admin,
        user: incoming.admin?.user ?? slugs.users,
        timezones: incoming.admin?.timezones ?? {
          defaultTimezone: options.timezone,
          supportedTimezones: options.supportedTimezones.map((zone) => ({ label: zone, value: zone })),
        },
      },
    }
  }

export default newsroomPlugin

import type { CollectionConfig, Config, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { createNotificationClaimsCollection } from '../../collections/notificationClaims'
import { createNotificationDeliveriesCollection } from '../../collections/notificationDeliveries'
import { captureLiveStatusBeforeChange } from '../../hooks/captureLiveStatusBeforeChange'
import { enqueuePublishNotificationsAfterChange } from '../../hooks/enqueuePublishNotificationsAfterChange'
import { CUSTOM_KEY } from './context'
import { createNotificationTasks } from './tasks'

/** The staff member's notification language, read by the default `languageOf`. */
export const languageField: Field = {
  name: 'language',
  type: 'select',
  defaultValue: 'ar',
  label: { ar: 'لغة الإشعارات', en: 'Notification language' },
  options: [
    { value: 'ar', label: { ar: 'العربية', en: 'Arabic' } },
    { value: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
  ],
  admin: { position: 'sidebar' },
}

function withArticleHooks(collection: CollectionConfig, options: ResolvedNewsroomOptions): CollectionConfig {
  const slug = options.slugs.articles
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), captureLiveStatusBeforeChange({ collection: slug })],
      afterChange: [...(collection.hooks?.afterChange ?? []), enqueuePublishNotificationsAfterChange({ collection: slug })],
    },
  }
}

function withLanguageField(collection: CollectionConfig): CollectionConfig {
  if (collection.fields.some((field) => 'name' in field && field.name === 'language')) return collection
  return { ...collection, fields: [...collection.fields, languageField] }
}

/**
 * Adds publish notifications to a config the newsroom plugin has built: the delivery log collection,
 * the job tasks (merged with any already configured), the article hooks that queue publication events,
 * and a notification language on staff members. The schema is the same when notifications are disabled.
 */
export function withNotifications(config: Config, options: ResolvedNewsroomOptions): Config {
  const collections = config.collections ?? []
  for (const slug of [options.notifications.deliveriesSlug, options.notifications.claimsSlug]) {
    if (collections.some((collection) => collection.slug === slug)) {
      throw new Error(`[payload-newsroom] The config already has a collection "${slug}", which the notifications use: rename yours.`)
    }
  }
  const active = !options.disabled && !options.notifications.disabled

  const tasks = createNotificationTasks(options)
  const existingTasks = config.jobs?.tasks ?? []
  for (const task of tasks) {
    if (existingTasks.some((existing) => existing.slug === task.slug)) {
      throw new Error(`[payload-newsroom] The jobs config already has a task "${task.slug}": remove it, the plugin adds its own.`)
    }
  }

  return {
    ...config,
    collections: [
      ...collections.map((collection) => {
        if (collection.slug === options.slugs.articles && active) return withArticleHooks(collection, options)
        if (collection.slug === options.slugs.users) return withLanguageField(collection)
        return collection
      }),
      createNotificationDeliveriesCollection(options),
      createNotificationClaimsCollection(options),
    ],
    jobs: { ...config.jobs, tasks: [...existingTasks, ...tasks] },
    custom: { ...config.custom, [CUSTOM_KEY]: { options } },
  }
}

import type { CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { NO_DOOR } from '../src/access'

/**
 * Attempts the login throttle counts (`security.throttle`): one row per failed login or password-reset
 * request, by client address and by account, kept for the throttle's window. In the database, so every
 * instance behind a load balancer counts the same attempts and a restart forgets none. Written and read
 * by the plugin only: no door, no admin view. The schema is the same when throttling is off.
 */
export function createAuthAttemptsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.authAttempts,
    labels: {
      singular: { ar: 'محاولة دخول', en: 'Sign-in attempt' },
      plural: { ar: 'محاولات الدخول', en: 'Sign-in attempts' },
    },
    admin: { hidden: true },
    graphQL: false,
    lockDocuments: false,
    access: NO_DOOR,
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        index: true,
        label: { ar: 'المفتاح', en: 'Key' },
      },
    ],
    // The throttle reads a key's attempts newest first, inside its window.
    indexes: [{ fields: ['key', 'createdAt'] }],
  }
}

import type { CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { NO_DOOR } from '../src/access'

/**
 * Claims on notification delivery attempts. Before a worker sends attempt N of a delivery it inserts
 * the key `<delivery key>#N`; the unique index lets exactly one insert in on every database, so two
 * workers given the same job (Payload's claim of a job is not atomic), or a job taken back while its
 * first worker still runs, never both send. A claim older than the jobs' reclaim time belongs to a
 * worker that died mid-send and may be taken over. Written and read by the plugin only: no door, no
 * admin view.
 */
export function createNotificationClaimsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.notifications.claimsSlug,
    labels: {
      singular: { ar: 'حجز إرسال', en: 'Delivery claim' },
      plural: { ar: 'حجوزات الإرسال', en: 'Delivery claims' },
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
        unique: true,
        index: true,
        label: { ar: 'المفتاح', en: 'Key' },
      },
    ],
  }
}

import type { CollectionConfig, Field } from 'payload'

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
   * Access control stays on, so drafts never become public. Database migrations stay stable.
   * @default false
   */
  disabled?: boolean
  /** Per-collection slugs, overrides and field callbacks. */
  collections?: {
    articles?: CollectionOptions
    sections?: CollectionOptions
    sources?: CollectionOptions
    media?: CollectionOptions
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
   * Adds the `ar` (right to left, default) and `en` content locales when the config has no localization,
   * and marks an existing `ar` locale right to left.
   * @default true
   */
  localization?: boolean
}

/** Options after defaults are applied: what hooks and collection factories receive. */
export type ResolvedNewsroomOptions = {
  disabled: boolean
  slugs: {
    articles: string
    sections: string
    sources: string
    media: string
    users: string
  }
  collections: {
    articles: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    sections: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    sources: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
    media: Required<Pick<CollectionOptions, 'overrides' | 'fields'>>
  }
  timezone: string
  supportedTimezones: string[]
  localization: boolean
}

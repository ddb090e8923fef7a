import type { CollectionConfig, Config, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { isStaff } from '../access'
import { capListArgsBeforeOperation } from '../../hooks/capListArgsBeforeOperation'
import { computeBodySearchKeyBeforeChange } from '../../hooks/computeBodySearchKeyBeforeChange'
import { invalidateFrontendCacheAfterChange, invalidateFrontendCacheAfterDelete } from '../../hooks/invalidateFrontendCacheAfterChange'
import {
  articleBySlugEndpoint,
  articlePreviewEndpoint,
  articleSearchEndpoint,
  feedEndpoints,
  sectionArticlesEndpoint,
} from './endpoints'
import { createArticleShareLinksCollection } from '../../collections/articleShareLinks'
import { createShareLinkEndpoint, revokeShareLinkEndpoint, SHARE_LINKS_SLUG, sharedArticleEndpoint } from './shareLinks'
import { signPreviewToken } from './token'

/** The folded body text the search reads; hidden, written only by its hook. */
export const bodySearchKeyField: Field = {
  name: 'bodySearchKey',
  type: 'textarea',
  localized: true,
  access: { read: () => false, update: () => false, create: () => false },
  admin: { hidden: true },
}

function withArticles(collection: CollectionConfig, options: ResolvedNewsroomOptions, active: boolean): CollectionConfig {
  const { frontend } = options
  const hasField = collection.fields.some((field) => 'name' in field && field.name === 'bodySearchKey')
  return {
    ...collection,
    fields: hasField ? collection.fields : [...collection.fields, bodySearchKeyField],
    // Frontend lists read `section = ? AND _status = 'published' ORDER BY publishedAt DESC`.
    indexes: [...(collection.indexes ?? []), { fields: ['section', '_status', 'publishedAt'] }],
    // Matched before Payload's own `/:id` routes: collection endpoints are tried first, in order.
    endpoints: active
      ? [
          articleBySlugEndpoint(options),
          articleSearchEndpoint(options),
          articlePreviewEndpoint(options),
          sharedArticleEndpoint(options),
          createShareLinkEndpoint(options),
          revokeShareLinkEndpoint(options),
          ...(collection.endpoints || []),
        ]
      : collection.endpoints,
    admin: {
      ...collection.admin,
      ...(active && frontend.previewUrl && !collection.admin?.preview
        ? {
            preview: (doc, { locale, req }) => {
              if (!isStaff(req.user, options.slugs.users) || doc.id === undefined) return null
              const token = signPreviewToken(req.payload.secret, {
                id: doc.id as number | string,
                exp: Math.floor(Date.now() / 1000) + frontend.previewTokenTtl,
                ...(locale ? { locale } : {}),
              })
              const url = new URL(frontend.previewUrl as string)
              url.searchParams.set('token', token)
              return url.toString()
            },
          }
        : {}),
    },
    hooks: withInvalidation(
      {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capListArgsBeforeOperation(frontend)],
        beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(active ? [computeBodySearchKeyBeforeChange()] : [])],
      },
      active,
    ),
  }
}

/** Changes to what the frontend API shows empty its in-memory answers (src/frontend/responseCache.ts). */
function withInvalidation(hooks: NonNullable<CollectionConfig['hooks']>, active: boolean): NonNullable<CollectionConfig['hooks']> {
  if (!active) return hooks
  return {
    ...hooks,
    afterChange: [...(hooks.afterChange ?? []), invalidateFrontendCacheAfterChange],
    afterDelete: [...(hooks.afterDelete ?? []), invalidateFrontendCacheAfterDelete],
  }
}

function withListCaps(collection: CollectionConfig, options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collection,
    hooks: withInvalidation(
      {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capListArgsBeforeOperation(options.frontend)],
      },
      !options.disabled,
    ),
  }
}

/**
 * Adds the frontend API to a config the newsroom plugin has built: article endpoints (by slug, search,
 * preview), the section list, feeds and sitemaps at the root, list caps on the public collections, the
 * body search key and the list index. The schema is the same when the plugin is disabled.
 */
export function withFrontendApi(config: Config, options: ResolvedNewsroomOptions): Config {
  const active = !options.disabled
  const { slugs } = options
  if ((config.collections ?? []).some((collection) => collection.slug === SHARE_LINKS_SLUG)) {
    throw new Error(`[payload-newsroom] The config already has a collection "${SHARE_LINKS_SLUG}", which the share links use: rename yours.`)
  }
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) => {
      if (collection.slug === slugs.articles) return withArticles(collection, options, active)
      if (collection.slug === slugs.sections) {
        const capped = withListCaps(collection, options)
        return active ? { ...capped, endpoints: [sectionArticlesEndpoint(options), ...(capped.endpoints || [])] } : capped
      }
      if (collection.slug === slugs.sources || collection.slug === slugs.media) return withListCaps(collection, options)
      // Authors' public names appear in answers.
      if (collection.slug === slugs.users) return { ...collection, hooks: withInvalidation(collection.hooks ?? {}, active) }
      return collection
      }),
      createArticleShareLinksCollection(options, SHARE_LINKS_SLUG),
    ],
    endpoints: active ? [...(config.endpoints ?? []), ...feedEndpoints(options)] : config.endpoints,
  }
}

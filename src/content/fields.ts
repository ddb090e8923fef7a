import type { CollectionConfig, CollectionSlug, Endpoint, Field, FieldHook } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { ResolvedSlugOptions } from './options'

import { workflowAdminComponents } from '../admin/paths'

import { assignSlugBeforeChange } from '../../hooks/assignSlugBeforeChange'
import { checkPlainTextBeforeValidate } from '../../hooks/checkValueShapeBeforeValidate'
import { normalizeTextBeforeValidate } from '../../hooks/normalizeTextBeforeValidate'
import { recordSlugAfterChange } from '../../hooks/recordSlugAfterChange'
import { resolveSlugEndpoint } from '../workflow-server/resolveSlug'

const singleLine = normalizeTextBeforeValidate()
const multiLine = normalizeTextBeforeValidate({ multiline: true })

/**
 * Field hooks that check a plain-text value is text without control characters (always: hostile input is
 * refused even when the plugin is disabled) and store it normalised (not when disabled).
 */
export function normalizedText(options: ResolvedNewsroomOptions, multiline = false): { beforeValidate: FieldHook[] } {
  if (options.disabled) return { beforeValidate: [checkPlainTextBeforeValidate] }
  return { beforeValidate: [checkPlainTextBeforeValidate, multiline ? multiLine : singleLine] }
}

/**
 * The `slug` field shared by articles, sections and sources; given the plugin's slug options and the
 * field it is made from, the admin shows the slug to come while that field is typed.
 */
export function slugField(preview?: { slug: ResolvedSlugOptions; sourceField: string }): Field {
  const afterInput = preview
    ? [
        {
          path: workflowAdminComponents().slugPreview,
          clientProps: { sourceField: preview.sourceField, maxLength: preview.slug.maxLength, sunLetters: preview.slug.sunLetters },
        },
      ]
    : []
  return {
    name: 'slug',
    type: 'text',
    label: { ar: 'المعرّف في الرابط', en: 'Slug' },
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      rtl: false,
      components: { afterInput },
      description: {
        ar: 'يُنشأ من العنوان بحروف لاتينية مقروءة إن تُرك فارغًا، ويثبت بعد النشر',
        en: 'Made from the title in readable Latin letters when left empty; fixed once published',
      },
    },
  }
}

/** Slug hooks and the slug-resolving endpoint of a collection. */
export function slugBehaviour(
  options: ResolvedNewsroomOptions,
  { collection, sourceField, hasDrafts }: { collection: CollectionSlug; sourceField: string; hasDrafts: boolean },
): { hooks: NonNullable<CollectionConfig['hooks']>; endpoints: Endpoint[] } {
  const registry = options.slugs.slugHistory
  return {
    hooks: options.disabled
      ? {}
      : {
          beforeChange: [assignSlugBeforeChange({ registry, sourceField, slug: options.slug })],
          afterChange: [recordSlugAfterChange({ registry, hasDrafts })],
        },
    endpoints: [resolveSlugEndpoint({ registry, collection })],
  }
}

import type { CollectionConfig, Field } from 'payload'

import type { Bilingual } from '../messages'

import { workflowAdminComponents } from './paths'

type Described = { admin?: { description?: unknown; components?: Record<string, unknown> } }

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).ar === 'string' && typeof (value as Bilingual).en === 'string'

function withReadableDescription(field: Field): Field {
  let result = field
  if ('fields' in field && Array.isArray(field.fields)) result = { ...result, fields: field.fields.map(withReadableDescription) } as Field
  if (field.type === 'tabs') result = { ...result, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withReadableDescription) })) } as Field
  const admin = (result as Described).admin
  if (!admin || !isBilingual(admin.description) || admin.components?.Description) return result
  const Description = { path: workflowAdminComponents().fieldDescription, clientProps: { text: admin.description } }
  return { ...result, admin: { ...admin, components: { ...admin.components, Description } } } as Field
}

/**
 * The collection with each field description (in both languages) drawn by the plugin's own component:
 * Payload's grey (`--theme-elevation-400`, under 3:1 on white) is below WCAG's 4.5:1 for text. The
 * `description` itself stays, for generated types and for GraphQL.
 */
export function withReadableDescriptions(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(withReadableDescription) }
}

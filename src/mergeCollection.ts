import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Merges a user's overrides over a generated collection: plain properties are replaced, `admin`, `access`
 * and `labels` are merged key by key, and hooks are concatenated (ours first) so neither side loses any.
 */
export function mergeCollection(
  base: CollectionConfig,
  overrides: Partial<Omit<CollectionConfig, 'fields' | 'slug'>>,
): CollectionConfig {
  const hooks: Hooks = { ...base.hooks }
  for (const [name, list] of Object.entries(overrides.hooks ?? {}) as [keyof Hooks, unknown[]][]) {
    const existing = (hooks[name] ?? []) as unknown[]
    ;(hooks as Record<string, unknown[]>)[name] = [...existing, ...(list ?? [])]
  }
  return {
    ...base,
    ...overrides,
    admin: { ...base.admin, ...overrides.admin },
    access: { ...base.access, ...overrides.access },
    labels: overrides.labels ?? base.labels,
    hooks,
    slug: base.slug,
    fields: base.fields,
  }
}

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * REST and GraphQL reads never ask for more than `maxLimit` documents or more than `maxDepth` levels of
 * population: `limit=0`, `pagination=false` and larger values are brought down to the caps. The Local
 * API (trusted server code) is not limited.
 */
export const capListArgsBeforeOperation =
  ({ maxLimit, maxDepth }: { maxLimit: number; maxDepth: number }): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
    const { limit, depth, pagination } = args as { limit?: number; depth?: number; pagination?: boolean }
    const capped: Record<string, unknown> = {}
    if (pagination === false || limit === 0 || (typeof limit === 'number' && limit > maxLimit)) {
      capped.limit = maxLimit
      capped.pagination = true
    }
    if (typeof depth === 'number' && depth > maxDepth) capped.depth = maxDepth
    return Object.keys(capped).length > 0 ? ({ ...args, ...capped } as typeof args) : args
  }

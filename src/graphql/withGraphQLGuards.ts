import type { Config } from 'payload'

import { fragmentCycleRule } from './fragmentCycles'

/** The host's GraphQL settings with the plugin's validation rules run before the host's own. */
export function withGraphQLGuards(graphQL: Config['graphQL']): Config['graphQL'] {
  const hostRules = graphQL?.validationRules
  return {
    ...graphQL,
    validationRules: (args) => [fragmentCycleRule, ...(typeof hostRules === 'function' ? hostRules(args) : [])],
  }
}

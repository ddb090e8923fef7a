import type { ASTNode, DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

import { bilingualText, SECURITY_MESSAGES } from '../messages'

/** The fragments each fragment spreads, directly or inside nested fields and inline fragments. */
function spreadsOf(fragment: FragmentDefinitionNode): Set<string> {
  const names = new Set<string>()
  const stack: SelectionSetNode[] = [fragment.selectionSet]
  while (stack.length > 0) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.add(selection.name.value)
      else if (selection.selectionSet) stack.push(selection.selectionSet)
    }
  }
  return names
}

/**
 * Each fragment that reaches itself through its spreads, with the fragment it goes through first.
 * Iterative, so a long chain of fragments is followed without recursion.
 */
export function fragmentCycles(document: DocumentNode): Map<string, string> {
  const graph = new Map<string, Set<string>>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) graph.set(definition.name.value, spreadsOf(definition))
  }
  const cycles = new Map<string, string>()
  for (const [name, spreads] of graph) {
    for (const first of spreads) {
      const seen = new Set<string>()
      const stack = [first]
      while (stack.length > 0) {
        const current = stack.pop()!
        if (current === name) {
          cycles.set(name, first)
          break
        }
        if (seen.has(current)) continue
        seen.add(current)
        for (const next of graph.get(current) ?? []) stack.push(next)
      }
      if (cycles.has(name)) break
    }
  }
  return cycles
}

/** Removes, from every fragment on a cycle, its spreads of fragments on a cycle. */
function cutCycles(document: DocumentNode, cyclic: ReadonlySet<string>): void {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION || !cyclic.has(definition.name.value)) continue
    const stack: SelectionSetNode[] = [definition.selectionSet]
    while (stack.length > 0) {
      const set = stack.pop()!
      // The parsed document is plain data; the validation run that owns it is about to refuse it anyway.
      ;(set as { selections: SelectionSetNode['selections'] }).selections = set.selections.filter(
        (selection) => !(selection.kind === Kind.FRAGMENT_SPREAD && cyclic.has(selection.name.value)),
      )
      for (const selection of set.selections) if ('selectionSet' in selection && selection.selectionSet) stack.push(selection.selectionSet)
    }
  }
}

/**
 * Refuses a GraphQL document whose fragments spread each other in a cycle (fragment A spreads B, B spreads
 * A) with a 400 naming the fragment in Arabic and English. GraphQL's own rule reports such a cycle, but
 * Payload's query-complexity rule, which runs in the same pass, follows the spreads first and recurses
 * until the stack overflows (a 500). This rule runs on the document, before any operation is visited, and
 * cuts the cyclic spreads, so every later rule sees a finite document that is refused all the same.
 */
export const fragmentCycleRule: ValidationRule = (context) => ({
  Document(document) {
    const cycles = fragmentCycles(document)
    if (cycles.size === 0) return
    for (const [fragment, through] of cycles) {
      const node = document.definitions.find(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === fragment,
      )
      context.reportError(
        new GraphQLError(bilingualText(SECURITY_MESSAGES.fragmentCycle(fragment, through)), {
          nodes: node ? [node as ASTNode] : [],
          extensions: { statusCode: 400, path: `fragment ${fragment}` },
        }),
      )
    }
    cutCycles(document, new Set(cycles.keys()))
  },
})

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/** How deep a selection may nest: a document with its relationships and their fields. */
export const MAX_GRAPHQL_DEPTH = 10
/**
 * How many top-level fields one request may ask for. Each is a database query of its own, so
 * 200 aliases of the same list were 200 queries in one request.
 */
export const MAX_GRAPHQL_ROOT_FIELDS = 10
/** The cost ceiling of Payload's complexity rule (a field costs 1, relationships more). */
export const MAX_GRAPHQL_COMPLEXITY = 300

const measureDepth = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + measureDepth(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, measureDepth(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A fragment spreading itself is already an error of GraphQL's own rules.
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(
        deepest,
        measureDepth(fragment.selectionSet, fragments, new Set([...seen, name])),
      )
    }
  }
  return deepest
}

const countRootFields = (selectionSet: SelectionSetNode): number =>
  selectionSet.selections.reduce(
    (count, selection) =>
      count +
      (selection.kind === Kind.FIELD
        ? 1
        : selection.kind === Kind.INLINE_FRAGMENT
          ? countRootFields(selection.selectionSet)
          : 1),
    0,
  )

/** Refuses, before anything runs, queries nested or fanned out beyond the limits above. */
export const graphQLShapeRule = (context: ValidationContext): ASTVisitor => {
  const document = context.getDocument()
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment] as const),
  )
  return {
    OperationDefinition(operation) {
      const depth = measureDepth(operation.selectionSet, fragments, new Set())
      if (depth > MAX_GRAPHQL_DEPTH) {
        context.reportError(
          new GraphQLError(
            `The query is nested ${depth} levels deep; at most ${MAX_GRAPHQL_DEPTH} are allowed.`,
            { nodes: [operation], extensions: { statusCode: 400 } },
          ),
        )
      }
      const rootFields = countRootFields(operation.selectionSet)
      if (rootFields > MAX_GRAPHQL_ROOT_FIELDS) {
        context.reportError(
          new GraphQLError(
            `The query asks for ${rootFields} top-level fields; at most ${MAX_GRAPHQL_ROOT_FIELDS} are allowed.`,
            { nodes: [operation], extensions: { statusCode: 400 } },
          ),
        )
      }
    },
  }
}

import type { CollectionSlug, Payload, Where } from 'payload'

import type { DemoLogin } from './rest'
import { graphql, rest } from './rest'

/**
 * The three doors into Payload, each answering the same question the same way: was the
 * operation allowed, and if not, with which status. REST and GraphQL go through Payload's
 * real route handlers in-process; the Local API runs with `overrideAccess: false`.
 */
export type Door = 'rest' | 'graphql' | 'local'
export type Outcome = 'allowed' | number

export type Actor = {
  role: 'anonymous' | DemoLogin
  token?: string
  user: (Record<string, unknown> & { id: number; collection: 'users' }) | null
}

/** GraphQL names as Payload derives them from the slugs. */
export const GRAPHQL_NAMES: Record<string, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  events: { one: 'Event', many: 'Events' },
  references: { one: 'Reference', many: 'References' },
  reactions: { one: 'Reaction', many: 'Reactions' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  'audit-log': { one: 'AuditLog', many: 'AuditLogs' },
}

const restOutcome = ({ status }: { status: number }): Outcome => (status < 300 ? 'allowed' : status)

const graphqlOutcome = (body: { errors?: { extensions?: { statusCode?: number } }[] }): Outcome =>
  body.errors?.length ? (body.errors[0].extensions?.statusCode ?? 500) : 'allowed'

export const localOutcome = async (operation: Promise<unknown>): Promise<Outcome> => {
  try {
    await operation
    return 'allowed'
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

/** Input type names of the GraphQL mutations, read from the schema itself. */
let inputTypes: Map<string, Record<string, string>> | undefined
const mutationArgTypes = async () => {
  if (inputTypes) return inputTypes
  const { body } = await graphql({
    query: `{ __schema { mutationType { fields { name args { name type { name kind ofType { name } } } } } } }`,
  })
  const schema = body.data as {
    __schema: {
      mutationType: {
        fields: {
          name: string
          args: {
            name: string
            type: { name: string | null; kind: string; ofType: { name: string } | null }
          }[]
        }[]
      }
    }
  }
  inputTypes = new Map(
    schema.__schema.mutationType.fields.map((field) => [
      field.name,
      Object.fromEntries(
        field.args.map((arg) => [
          arg.name,
          arg.type.kind === 'NON_NULL' ? `${arg.type.ofType!.name}!` : arg.type.name!,
        ]),
      ),
    ]),
  )
  return inputTypes
}

const gqlMutation = async ({
  name,
  args,
  token,
}: {
  name: string
  args: Record<string, unknown>
  token?: string
}) => {
  const types = (await mutationArgTypes()).get(name)
  if (!types) throw new Error(`No GraphQL mutation ${name}`)
  const names = Object.keys(args)
  const query = `mutation (${names.map((arg) => `$${arg}: ${types[arg]}`).join(', ')}) {
    ${name}(${names.map((arg) => `${arg}: $${arg}`).join(', ')}) { id }
  }`
  return graphql({ query, variables: args, token })
}

type Doc = { id: number }
const has = (docs: Doc[] | undefined, id: number) => Boolean(docs?.some((doc) => doc.id === id))

/** Reads a document through a door; "allowed" only if the door returned it. */
export async function readDoc({
  door,
  actor,
  payload,
  collection,
  id,
  draft,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  id: number
  draft: boolean
}): Promise<Outcome> {
  if (door === 'rest') {
    const response = await rest({
      method: 'GET',
      path: `/${collection}?where[id][equals]=${id}&draft=${draft}&depth=0`,
      token: actor.token,
    })
    if (response.status !== 200) return response.status
    return has(response.body.docs as Doc[], id) ? 'allowed' : 404
  }
  if (door === 'graphql') {
    const { many } = GRAPHQL_NAMES[collection]
    const { body } = await graphql({
      query: `{ ${many}(where: { id: { equals: ${id} } }, draft: ${draft}) { docs { id } } }`,
      token: actor.token,
    })
    if (body.errors?.length) return graphqlOutcome(body)
    return has((body.data?.[many] as { docs: Doc[] } | null)?.docs, id) ? 'allowed' : 404
  }
  try {
    const { docs } = await payload.find({
      collection,
      where: { id: { equals: id } },
      draft,
      depth: 0,
      overrideAccess: false,
      user: actor.user,
    })
    return has(docs as Doc[], id) ? 'allowed' : 404
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

/** Reads a document's versions with the given status; "allowed" only if some came back. */
export async function readVersions({
  door,
  actor,
  payload,
  collection,
  id,
  status,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  id: number
  status: 'draft' | 'published'
}): Promise<Outcome> {
  if (door === 'rest') {
    const response = await rest({
      method: 'GET',
      path: `/${collection}/versions?where[parent][equals]=${id}&where[version._status][equals]=${status}&depth=0`,
      token: actor.token,
    })
    if (response.status !== 200) return response.status
    return (response.body.docs as Doc[]).length ? 'allowed' : 404
  }
  if (door === 'graphql') {
    const name = `versions${GRAPHQL_NAMES[collection].many}`
    const { body } = await graphql({
      query: `{ ${name}(where: { parent: { equals: ${id} }, version___status: { equals: ${status} } }) { docs { id } } }`,
      token: actor.token,
    })
    if (body.errors?.length) return graphqlOutcome(body)
    return (body.data?.[name] as { docs: Doc[] }).docs.length ? 'allowed' : 404
  }
  try {
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { equals: id }, 'version._status': { equals: status } },
      depth: 0,
      overrideAccess: false,
      user: actor.user,
    })
    return docs.length ? 'allowed' : 404
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

export async function createDoc({
  door,
  actor,
  payload,
  collection,
  data,
  draft = false,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  data: Record<string, unknown>
  draft?: boolean
}): Promise<{ outcome: Outcome; id?: number }> {
  if (door === 'rest') {
    const response = await rest({
      method: 'POST',
      path: `/${collection}?draft=${draft}&depth=0`,
      body: data,
      token: actor.token,
    })
    return { outcome: restOutcome(response), id: (response.body.doc as Doc | undefined)?.id }
  }
  if (door === 'graphql') {
    const name = `create${GRAPHQL_NAMES[collection].one}`
    const { body } = await gqlMutation({ name, args: { data, draft }, token: actor.token })
    return { outcome: graphqlOutcome(body), id: (body.data?.[name] as Doc | null)?.id }
  }
  try {
    const doc = await payload.create({
      collection,
      data: data as never,
      draft,
      depth: 0,
      overrideAccess: false,
      user: actor.user,
    })
    return { outcome: 'allowed', id: doc.id as number }
  } catch (error) {
    return { outcome: (error as { status?: number }).status ?? 500 }
  }
}

export async function updateDoc({
  door,
  actor,
  payload,
  collection,
  id,
  data,
  draft = false,
  autosave = false,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  id: number
  data: Record<string, unknown>
  draft?: boolean
  autosave?: boolean
}): Promise<Outcome> {
  if (door === 'rest') {
    return restOutcome(
      await rest({
        method: 'PATCH',
        path: `/${collection}/${id}?draft=${draft}&autosave=${autosave}&depth=0`,
        body: data,
        token: actor.token,
      }),
    )
  }
  if (door === 'graphql') {
    const { body } = await gqlMutation({
      name: `update${GRAPHQL_NAMES[collection].one}`,
      args: { id, data, draft, autosave },
      token: actor.token,
    })
    return graphqlOutcome(body)
  }
  return localOutcome(
    payload.update({
      collection,
      id,
      data: data as never,
      draft,
      autosave,
      depth: 0,
      overrideAccess: false,
      user: actor.user,
    }),
  )
}

/**
 * An update of every document matching `where` (REST `PATCH /api/<collection>?where=…`, the
 * admin's bulk edit). A refusal for one document comes back in the response's `errors`
 * (400); a refusal of the whole request as 403.
 */
export async function bulkUpdate({
  door,
  actor,
  payload,
  collection,
  where,
  data,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  where: Where
  data: Record<string, unknown>
}): Promise<Outcome> {
  if (door === 'rest') {
    const id = (where.id as { equals: number }).equals
    return restOutcome(
      await rest({
        method: 'PATCH',
        path: `/${collection}?where[id][equals]=${id}&depth=0`,
        body: data,
        token: actor.token,
      }),
    )
  }
  try {
    const { errors } = await payload.update({
      collection,
      where,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      user: actor.user,
    })
    return errors.length ? 400 : 'allowed'
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

export async function deleteDoc({
  door,
  actor,
  payload,
  collection,
  id,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  id: number
}): Promise<Outcome> {
  if (door === 'rest') {
    return restOutcome(
      await rest({ method: 'DELETE', path: `/${collection}/${id}`, token: actor.token }),
    )
  }
  if (door === 'graphql') {
    const { body } = await gqlMutation({
      name: `delete${GRAPHQL_NAMES[collection].one}`,
      args: { id },
      token: actor.token,
    })
    return graphqlOutcome(body)
  }
  return localOutcome(payload.delete({ collection, id, overrideAccess: false, user: actor.user }))
}

export async function restoreVersion({
  door,
  actor,
  payload,
  collection,
  versionId,
  draft,
}: {
  door: Door
  actor: Actor
  payload: Payload
  collection: CollectionSlug
  versionId: number | string
  draft: boolean
}): Promise<Outcome> {
  if (door === 'rest') {
    return restOutcome(
      await rest({
        method: 'POST',
        path: `/${collection}/versions/${versionId}?draft=${draft}&depth=0`,
        token: actor.token,
      }),
    )
  }
  if (door === 'graphql') {
    const name = `restoreVersion${GRAPHQL_NAMES[collection].one}`
    const types = (await mutationArgTypes()).get(name)!
    const { body } = await graphql({
      query: `mutation ($id: ${types.id}) { ${name}(id: $id, draft: ${draft}) { id } }`,
      variables: { id: versionId },
      token: actor.token,
    })
    return graphqlOutcome(body)
  }
  // The Local API has no `draft` option for restores: they restore the revision as it was.
  return localOutcome(
    payload.restoreVersion({
      collection,
      id: String(versionId),
      overrideAccess: false,
      user: actor.user,
    }),
  )
}

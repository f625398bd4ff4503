import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { DEMO_USERS } from '@/scripts/seed'

/** A demo user by the name part of their email: 'admin', 'reviewer', 'reviewer2', 'editor'. */
export type DemoLogin = (typeof DEMO_USERS)[number]['email'] extends `${infer Name}@${string}`
  ? Name
  : never

export const demoLogin = (who: DemoLogin) =>
  DEMO_USERS.find((user) => user.email.startsWith(`${who}@`))!

/**
 * Calls Payload's real REST route handlers in-process, the way the Next.js route in
 * app/(payload)/api does, so tests see exactly the status codes and bodies clients get.
 */
const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

type RestArgs = {
  method: keyof typeof handlers
  path: string
  body?: unknown
  token?: string
}

export type RestResponse = {
  status: number
  body: Record<string, unknown> & { errors?: RestError[] }
}

export type RestError = {
  message: string
  data?: { errors?: { path: string; message: string; label?: string }[] }
}

export async function rest({ method, path, body, token }: RestArgs): Promise<RestResponse> {
  const url = new URL(`http://localhost/api${path}`)
  // Payload's handlers read the route segments from `params`, as Next.js passes them.
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: await response.json() }
}

/** Logs a demo user in through the REST API and returns their token. */
export async function login(who: DemoLogin): Promise<string> {
  const { email, password } = demoLogin(who)
  const { status, body } = await rest({
    method: 'POST',
    path: '/users/login',
    body: { email, password },
  })
  if (status !== 200) throw new Error(`Login as ${who} failed with ${status}`)
  return body.token as string
}

const graphqlHandler = GRAPHQL_POST(config)

export type GraphQLResponse = {
  status: number
  body: {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
}

/** Calls Payload's real GraphQL route handler in-process, as /api/graphql does. */
export async function graphql({
  query,
  variables,
  token,
}: {
  query: string
  variables?: Record<string, unknown>
  token?: string
}): Promise<GraphQLResponse> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return { status: response.status, body: await response.json() }
}

/** The field paths and messages of a validation error response. */
export const fieldErrors = (response: RestResponse) =>
  (response.body.errors ?? []).flatMap((error) => error.data?.errors ?? [])

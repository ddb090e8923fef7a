import type { Payload } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { addDataAndFileToRequest, createPayloadRequest, handleEndpoints } from 'payload'

/**
 * graphql-http, the GraphQL-over-HTTP handler Payload's GraphQL route (`@payloadcms/next`) runs, loaded as
 * Node loads it for Payload: CommonJS, on the same copy of `graphql` as Payload's schema.
 */
const { createHandler } = createRequire(import.meta.url)('graphql-http/lib/use/fetch') as typeof import('graphql-http/lib/use/fetch')

/**
 * A real HTTP server on an ephemeral loopback port that serves Payload's REST API (`/api/...`, through
 * Payload's own `handleEndpoints`, as the Next.js route does) and GraphQL (`POST /api/graphql`, Payload's
 * schema and resolvers) for a Payload instance booted by `bootPayload`. Tests talk to it with `fetch`.
 */
export type HttpServer = {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** `fetch` against the server, with `path` relative to it (`/api/articles`). */
  request: (path: string, init?: RequestInit & { token?: string; json?: unknown }) => Promise<Response>
  /** Logs a user in through `POST /api/<users>/login` and returns the JWT. */
  login: (email: string, password: string, usersSlug?: string) => Promise<string>
  /** Runs a GraphQL operation through `POST /api/graphql`. */
  graphql: (
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>
  close: () => Promise<void>
}

/** The key under which `getPayload` cached this instance, so requests reach the same instance. */
function cacheKeyOf(payload: Payload): string {
  const cache = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  for (const [key, entry] of cache ?? []) {
    if (entry.payload === payload) return key
  }
  throw new Error('This Payload instance was not created by getPayload, so HTTP requests cannot reach it.')
}

async function toWebRequest(incoming: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  const method = incoming.method ?? 'GET'
  return new Request(new URL(incoming.url ?? '/', base), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  })
}

async function sendWebResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.statusCode = response.status
  response.headers.forEach((value, name) => outgoing.setHeader(name, value))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/** Starts the server. Close it in `afterAll`. */
export async function startHttpServer(payload: Payload): Promise<HttpServer> {
  const key = cacheKeyOf(payload)
  const config = payload.config
  const graphqlRoute = `${config.routes.api}${config.routes.graphQL}`
  let schema: ReturnType<typeof configToSchema> | null = null
  let base = ''

  // As Payload's GraphQL route does: graphql-http with GraphQL's rules and Payload's (query complexity and
  // the config's `graphQL.validationRules`), errors shaped with their status in `extensions.statusCode`.
  const handleGraphQL = async (request: Request): Promise<Response> => {
    const original = request.clone()
    const req = await createPayloadRequest({ config, request, payloadInstanceCacheKey: key, canSetHeaders: true })
    await addDataAndFileToRequest(req)
    schema ??= configToSchema(config)
    const { schema: graphqlSchema, validationRules } = schema
    const handler = createHandler({
      schema: graphqlSchema,
      context: { headers: {}, req },
      validationRules: (_request, args, defaultRules) => defaultRules.concat(validationRules(args)),
      onOperation: (_request, _args, result) => {
        if (!('errors' in result) || !result.errors) return result
        const errors = result.errors.map((error) => ({
          message: error.message,
          extensions: {
            ...error.extensions,
            statusCode: (error.originalError as { status?: number } | undefined)?.status ?? 500,
            data: (error.originalError as { data?: unknown } | undefined)?.data,
          },
        }))
        return { ...result, errors } as never
      },
    })
    return handler(original)
  }

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const request = await toWebRequest(incoming, base)
        const pathname = new URL(request.url).pathname
        const response =
          pathname === graphqlRoute && request.method === 'POST'
            ? await handleGraphQL(request)
            : await handleEndpoints({ config, request, payloadInstanceCacheKey: key })
        await sendWebResponse(response, outgoing)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'test HTTP server: request failed' })
        outgoing.statusCode = 500
        outgoing.end()
      }
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const request: HttpServer['request'] = (path, init = {}) => {
    const { token, json, headers, ...rest } = init
    const merged = new Headers(headers)
    if (token) merged.set('Authorization', `JWT ${token}`)
    if (json !== undefined) merged.set('Content-Type', 'application/json')
    return fetch(`${base}${path}`, { ...rest, headers: merged, body: json !== undefined ? JSON.stringify(json) : rest.body })
  }

  return {
    url: base,
    request,
    login: async (email, password, usersSlug = 'users') => {
      const response = await request(`${config.routes.api}/${usersSlug}/login`, {
        method: 'POST',
        json: { email, password },
      })
      const body = (await response.json()) as { token?: string }
      if (!response.ok || !body.token) throw new Error(`Login of ${email} failed with HTTP ${response.status}`)
      return body.token
    },
    graphql: async (query, variables, token) => {
      const response = await request(graphqlRoute, { method: 'POST', token, json: { query, variables } })
      return { status: response.status, body: (await response.json()) as Awaited<ReturnType<HttpServer['graphql']>>['body'] }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

import type { Payload } from 'payload'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { getPayload } from 'payload'

export type RestServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** `fetch` against the server; `path` starts with `/api/`. */
  request: (path: string, init?: RequestInit) => Promise<Response>
  /** Logs in through `POST /api/<users>/login` and returns the `Authorization` header value. */
  login: (email: string, password: string, usersSlug?: string) => Promise<string>
  close: () => Promise<void>
}

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * A real HTTP server on an ephemeral loopback port that hands every request to Payload's REST route
 * handlers — the ones the Next.js app mounts at `/api/[...slug]` — as a Web `Request`, body streamed.
 *
 * The handlers look Payload up by config under its default instance key, so they run on a second
 * Payload instance over the same database and upload folder as the `payload` given here.
 */
export async function startRestServer(payload: Payload): Promise<RestServer> {
  const config = payload.config
  const handlers: Record<string, Handler> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  }

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const method = incoming.method ?? 'GET'
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const handler = handlers[method]
    const apiPrefix = `${config.routes.api}/`
    if (!handler || !url.pathname.startsWith(apiPrefix)) {
      outgoing.writeHead(404).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
      else if (value !== undefined) headers.set(name, value)
    }
    const hasBody = method !== 'GET' && method !== 'HEAD'
    const request = new Request(`http://${incoming.headers.host ?? '127.0.0.1'}${url.pathname}${url.search}`, {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
      // Required by undici for a streamed request body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit)
    const slug = url.pathname.slice(apiPrefix.length).split('/').map(decodeURIComponent)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const responseHeaders: Record<string, string | string[]> = {}
    response.headers.forEach((value, name) => {
      responseHeaders[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value
    })
    // Payload may answer before reading the whole body (a 413 cuts an upload off mid-stream): that
    // connection cannot carry another request, so it is closed after the response.
    if (!incoming.complete) responseHeaders.connection = 'close'
    outgoing.writeHead(response.status, responseHeaders)
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  }

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'REST test server: unhandled error' })
      if (!outgoing.headersSent) outgoing.writeHead(500)
      outgoing.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('The REST test server has no port')
  const origin = `http://127.0.0.1:${address.port}`

  const request = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init)

  return {
    origin,
    request,
    login: async (email, password, usersSlug = 'users') => {
      const response = await request(`${config.routes.api}/${usersSlug}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      const body = (await response.json()) as { token?: string }
      if (!response.ok || !body.token) throw new Error(`Login as ${email} failed with ${response.status}`)
      return `JWT ${body.token}`
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      // The handlers' own Payload instance (default key) holds a database connection of its own.
      const restPayload = await getPayload({ config })
      await restPayload.destroy()
      // Payload leaves the SQL pool open; dropping the test database ends its connections, as expected.
      const pool = (restPayload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool
      pool?.on('error', () => {})
    },
  }
}

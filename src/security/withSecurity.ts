import type { AfterErrorHook, Config } from 'payload'

import type { ResolvedSecurityOptions } from '../types'

import { bilingualText, SECURITY_MESSAGES } from '../messages'

/** `cors` with the allowed origins added (a host's `'*'` stays as it is). */
function withOrigins(cors: Config['cors'], origins: readonly string[]): Config['cors'] {
  if (origins.length === 0 || cors === '*') return cors
  if (!cors) return [...origins]
  if (Array.isArray(cors)) return [...new Set([...cors, ...origins])]
  if (cors.origins === '*') return cors
  return { ...cors, origins: [...new Set([...cors.origins, ...origins])] }
}

/** What Payload's multipart parser (busboy) throws for a broken body, before any operation runs. */
const MALFORMED_MULTIPART = new Set(['Malformed part header', 'Multipart: Boundary not found', 'Unexpected end of file', 'Unexpected end of form'])

/** The status a client gets for `error`: broken multipart bodies are answered 400 (below). */
const statusOf = (error: Error): number => (MALFORMED_MULTIPART.has(error.message) ? 400 : ((error as { status?: number }).status ?? 500))

/**
 * Error bodies without internals: no stack (Payload adds it under `debug: true`), and a generic message
 * for 500s, whose text can name tables, queries or file paths. Payload logs the full error first.
 */
const hideErrorDetails: AfterErrorHook = ({ error, result, graphqlResult }) => {
  const status = statusOf(error)
  if (graphqlResult) {
    const { stack: _stack, ...extensions } = (graphqlResult.extensions ?? {}) as Record<string, unknown>
    return {
      graphqlResult: {
        ...graphqlResult,
        message: status >= 500 ? bilingualText(SECURITY_MESSAGES.internalError) : graphqlResult.message,
        extensions: status >= 500 ? { statusCode: status } : extensions,
      },
    }
  }
  if (!result) return
  const { stack: _stack, ...rest } = result as typeof result & { stack?: unknown }
  return {
    response: status >= 500 ? { errors: [{ message: bilingualText(SECURITY_MESSAGES.internalError) }] } : rest,
  }
}

/**
 * A broken multipart body (a header with a NUL, a body cut short) is the client's fault: 400 with the
 * `file` path in Arabic and English, where Payload answers 500.
 */
const refuseMalformedMultipart: AfterErrorHook = ({ error, result }) => {
  if (!result || !MALFORMED_MULTIPART.has(error.message) || ((error as { status?: number }).status ?? 500) < 500) return
  const message = bilingualText(SECURITY_MESSAGES.malformedMultipart)
  return { status: 400, response: { errors: [{ name: 'ValidationError', message, data: { errors: [{ path: 'file', message }] } }] } }
}

/** The host's `cors`, `csrf` and error hooks with the plugin's security settings applied. */
export function withSecurity(config: Config, security: ResolvedSecurityOptions): Config {
  const origins = security.allowedOrigins
  return {
    ...config,
    cors: withOrigins(config.cors, origins),
    csrf: origins.length > 0 ? [...new Set([...(config.csrf ?? []), ...origins])] : config.csrf,
    hooks: {
      ...config.hooks,
      afterError: [refuseMalformedMultipart, ...(config.hooks?.afterError ?? []), ...(security.hideErrorDetails ? [hideErrorDetails] : [])],
    },
  }
}

import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedNewsroomOptions, ResolvedSecurityOptions } from '../src/types'

import { bilingualText, SECURITY_MESSAGES } from '../src/messages'
import { attemptsOf } from '../src/security/attempts'
import { accountKey, clientAddress } from '../src/security/throttle'

/** Where a login's counted attempts wait for `forgiveLoginAfterLogin` to take them back when it succeeds. */
export const THROTTLED_LOGIN = 'newsroomThrottledLogin'

export type ThrottledLogin = { attempts: (number | string)[] }

/**
 * Throttles the staff collection's logins and password-reset requests: a client address or an account
 * that has used up its attempts in the window answers 429 in Arabic and English before Payload looks at
 * the password (or sends a mail). Every login is counted here; `forgiveLoginAfterLogin` takes back the
 * ones that succeed, so only failures count. An unknown address counts like a known one, so the answer
 * never tells whether an account exists. The counts are kept in the database (`auth-attempts`), so all
 * instances of the app share them.
 */
export const throttleAuthBeforeOperation =
  (throttle: Exclude<ResolvedSecurityOptions['throttle'], false>, options: ResolvedNewsroomOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'login' && operation !== 'forgotPassword') return args
    const data = (args as { data?: { email?: unknown; username?: unknown } }).data
    const account = accountKey(data?.email) ?? accountKey(data?.username)
    const ip = clientAddress(req.headers?.get('x-forwarded-for'), throttle.proxyHops)
    const login = operation === 'login'
    const keys: [string, number][] = []
    if (ip) keys.push([`${login ? 'login' : 'reset'}-ip:${ip}`, login ? throttle.maxFailedLoginsPerIp : throttle.maxResetRequestsPerIp])
    if (account) keys.push([`${login ? 'login' : 'reset'}-account:${account}`, login ? throttle.maxFailedLoginsPerAccount : throttle.maxResetRequestsPerAccount])
    const attempts = attemptsOf(req, options, throttle.windowMs)
    const now = Date.now()
    const waits = await Promise.all(keys.map(([key, limit]) => attempts.retryAfter(key, limit, now)))
    const wait = Math.max(0, ...waits)
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60)
      const message = bilingualText(login ? SECURITY_MESSAGES.tooManyLogins(minutes) : SECURITY_MESSAGES.tooManyResets(minutes))
      req.payload.logger.warn(`[payload-newsroom] ${operation} throttled for ${ip ? `address ${ip}` : 'an unknown address'} (${account ?? 'no account'}).`)
      throw new APIError(message, 429, { errors: [{ path: data?.username !== undefined && data?.email === undefined ? 'username' : 'email', message }] }, true)
    }
    const ids: (number | string)[] = []
    for (const [key] of keys) ids.push(await attempts.record(key, now))
    if (login) req.context[THROTTLED_LOGIN] = { attempts: ids } satisfies ThrottledLogin
    return args
  }

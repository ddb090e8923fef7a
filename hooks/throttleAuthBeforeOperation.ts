import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { AttemptCounter } from '../src/security/throttle'
import type { ResolvedSecurityOptions } from '../src/types'

import { bilingualText, SECURITY_MESSAGES } from '../src/messages'
import { countersFor } from '../src/security/counters'
import { accountKey, clientAddress } from '../src/security/throttle'

/** Where a login's counted keys wait for `forgiveLoginAfterLogin` to take them back when it succeeds. */
export const THROTTLED_LOGIN = 'newsroomThrottledLogin'

export type ThrottledLogin = { ip: string | null; account: string | null }

/**
 * Throttles the staff collection's logins and password-reset requests: a client address or an account
 * that has used up its attempts in the window answers 429 in Arabic and English before Payload looks at
 * the password (or sends a mail). Every login is counted here; `forgiveLoginAfterLogin` takes back the
 * ones that succeed, so only failures count. An unknown address counts like a known one, so the answer
 * never tells whether an account exists.
 */
export const throttleAuthBeforeOperation =
  (throttle: Exclude<ResolvedSecurityOptions['throttle'], false>): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'login' && operation !== 'forgotPassword') return args
    const counters = countersFor(req.payload, throttle)
    const data = (args as { data?: { email?: unknown; username?: unknown } }).data
    const account = accountKey(data?.email) ?? accountKey(data?.username)
    const ip = clientAddress(req.headers?.get('x-forwarded-for'), throttle.proxyHops)
    const byIp: AttemptCounter = operation === 'login' ? counters.loginsByIp : counters.resetsByIp
    const byAccount: AttemptCounter = operation === 'login' ? counters.loginsByAccount : counters.resetsByAccount
    const now = Date.now()
    const waits = [ip ? byIp.retryAfterSeconds(`ip:${ip}`, now) : 0, account ? byAccount.retryAfterSeconds(account, now) : 0]
    const wait = Math.max(...waits)
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60)
      const message = bilingualText(operation === 'login' ? SECURITY_MESSAGES.tooManyLogins(minutes) : SECURITY_MESSAGES.tooManyResets(minutes))
      req.payload.logger.warn(`[payload-newsroom] ${operation} throttled for ${ip ? `address ${ip}` : 'an unknown address'} (${account ?? 'no account'}).`)
      throw new APIError(message, 429, { errors: [{ path: data?.username !== undefined && data?.email === undefined ? 'username' : 'email', message }] }, true)
    }
    if (ip) byIp.record(`ip:${ip}`, now)
    if (account) byAccount.record(account, now)
    if (operation === 'login') req.context[THROTTLED_LOGIN] = { ip, account } satisfies ThrottledLogin
    return args
  }

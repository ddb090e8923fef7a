import type { CollectionAfterLoginHook } from 'payload'

import type { ResolvedSecurityOptions } from '../src/types'
import type { ThrottledLogin } from './throttleAuthBeforeOperation'

import { countersFor } from '../src/security/counters'
import { THROTTLED_LOGIN } from './throttleAuthBeforeOperation'

/** Takes back the attempt `throttleAuthBeforeOperation` counted for a login that succeeded. */
export const forgiveLoginAfterLogin =
  (throttle: Exclude<ResolvedSecurityOptions['throttle'], false>): CollectionAfterLoginHook =>
  ({ req }) => {
    const counted = req.context[THROTTLED_LOGIN] as ThrottledLogin | undefined
    if (!counted) return
    const counters = countersFor(req.payload, throttle)
    if (counted.ip) counters.loginsByIp.forgive(`ip:${counted.ip}`)
    if (counted.account) counters.loginsByAccount.forgive(counted.account)
    delete req.context[THROTTLED_LOGIN]
  }

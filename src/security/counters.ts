import type { ResolvedSecurityOptions } from '../types'

import { AttemptCounter } from './throttle'

export type AuthCounters = {
  /** Failed logins per client address and per account. */
  loginsByIp: AttemptCounter
  loginsByAccount: AttemptCounter
  /** Password-reset requests per client address and per account. */
  resetsByIp: AttemptCounter
  resetsByAccount: AttemptCounter
}

const counters = new WeakMap<object, AuthCounters>()

/**
 * The counters of one Payload instance (keyed by the instance, so two apps in one process count apart),
 * created on first use from the resolved limits.
 */
export function countersFor(instance: object, throttle: Exclude<ResolvedSecurityOptions['throttle'], false>): AuthCounters {
  let found = counters.get(instance)
  if (!found) {
    found = {
      loginsByIp: new AttemptCounter(throttle.maxFailedLoginsPerIp, throttle.windowMs),
      loginsByAccount: new AttemptCounter(throttle.maxFailedLoginsPerAccount, throttle.windowMs),
      resetsByIp: new AttemptCounter(throttle.maxResetRequestsPerIp, throttle.windowMs),
      resetsByAccount: new AttemptCounter(throttle.maxResetRequestsPerAccount, throttle.windowMs),
    }
    counters.set(instance, found)
  }
  return found
}

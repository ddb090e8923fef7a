import type { CollectionAfterLoginHook } from 'payload'

import type { ResolvedNewsroomOptions, ResolvedSecurityOptions } from '../src/types'
import type { ThrottledLogin } from './throttleAuthBeforeOperation'

import { attemptsOf } from '../src/security/attempts'
import { THROTTLED_LOGIN } from './throttleAuthBeforeOperation'

/** Takes back the attempts `throttleAuthBeforeOperation` counted for a login that succeeded. */
export const forgiveLoginAfterLogin =
  (throttle: Exclude<ResolvedSecurityOptions['throttle'], false>, options: ResolvedNewsroomOptions): CollectionAfterLoginHook =>
  async ({ req }) => {
    const counted = req.context[THROTTLED_LOGIN] as ThrottledLogin | undefined
    if (!counted) return
    delete req.context[THROTTLED_LOGIN]
    await attemptsOf(req, options, throttle.windowMs).forgive(counted.attempts)
  }

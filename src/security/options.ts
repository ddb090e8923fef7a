import type { ResolvedSecurityOptions, SecurityOptions } from '../types'

import { DEFAULT_THROTTLE, isProduction } from '../defaults'

function whole(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`[payload-newsroom] security.throttle.${name} must be a whole number of at least ${min}, got ${String(value)}.`)
  }
  return value
}

/** `https://desk.example.com` from `https://desk.example.com/`; throws for anything that is not an origin. */
function origin(value: string): string {
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash) {
    throw new Error(
      `[payload-newsroom] security.allowedOrigins: "${value}" is not an origin. Give scheme, host and port only, such as "https://desk.example.com".`,
    )
  }
  return url.origin
}

/** Applies the defaults of `security` and checks its values once, at start-up. */
export function resolveSecurityOptions(options: SecurityOptions | undefined): ResolvedSecurityOptions {
  const throttle = options?.throttle
  return {
    throttle:
      throttle === false
        ? false
        : {
            windowMs: whole('windowMs', throttle?.windowMs, DEFAULT_THROTTLE.windowMs, 1000),
            maxFailedLoginsPerIp: whole('maxFailedLoginsPerIp', throttle?.maxFailedLoginsPerIp, DEFAULT_THROTTLE.maxFailedLoginsPerIp, 1),
            maxFailedLoginsPerAccount: whole(
              'maxFailedLoginsPerAccount',
              throttle?.maxFailedLoginsPerAccount,
              DEFAULT_THROTTLE.maxFailedLoginsPerAccount,
              1,
            ),
            maxResetRequestsPerIp: whole('maxResetRequestsPerIp', throttle?.maxResetRequestsPerIp, DEFAULT_THROTTLE.maxResetRequestsPerIp, 1),
            maxResetRequestsPerAccount: whole(
              'maxResetRequestsPerAccount',
              throttle?.maxResetRequestsPerAccount,
              DEFAULT_THROTTLE.maxResetRequestsPerAccount,
              1,
            ),
            proxyHops: whole('proxyHops', throttle?.proxyHops, DEFAULT_THROTTLE.proxyHops, 0),
          },
    secureCookies: options?.secureCookies ?? isProduction(),
    allowedOrigins: [...new Set((options?.allowedOrigins ?? []).map(origin))],
    hideErrorDetails: options?.hideErrorDetails ?? isProduction(),
  }
}

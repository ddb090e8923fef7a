/**
 * The waits between delivery attempts, in milliseconds: `delay`, `2 × delay`, `4 × delay`…, one fewer
 * than the attempts. It is the schedule of Payload's `exponential` backoff (`2^retry × delay`).
 *
 * @example
 * backoffSchedule(5, 30_000) // [30000, 60000, 120000, 240000]
 */
export function backoffSchedule(attempts: number, delay: number): number[] {
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`Expected a positive integer, got ${attempts}`)
  return Array.from({ length: attempts - 1 }, (_, retry) => 2 ** retry * delay)
}

/** Payload's task `retries` setting for a number of attempts: Payload counts retries, not attempts. */
export function retriesConfig(attempts: number, delay: number) {
  return { attempts: attempts - 1, backoff: { type: 'exponential' as const, delay } }
}

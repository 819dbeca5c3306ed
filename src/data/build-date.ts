import { parseIsoDate, todayInBelgium, toIsoDate } from '../lib/plain-date.ts';

/**
 * The day the site is built, in Belgium, as YYYY-MM-DD. Static pages show the fees valid on this
 * day; `BUILD_DATE=2025-03-01` pins it (tests, reproducible builds).
 */
export function buildDate(): string {
  const pinned = process.env.BUILD_DATE;
  if (pinned) {
    if (!parseIsoDate(pinned)) throw new Error(`BUILD_DATE="${pinned}" is not a date written YYYY-MM-DD.`);
    return pinned;
  }
  return toIsoDate(todayInBelgium());
}

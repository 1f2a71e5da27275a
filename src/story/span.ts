/**
 * Dates as the story ranking needs them: the first and last day a date value covers ("2010-06" is
 * 1–30 June 2010) and day numbers to count days between them. Plain ISO strings in, no clock, no
 * time zone: the same on the build machine and in the browser.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days since 1970-01-01 of an ISO day ("2010-04-20"); NaN for anything else. */
export function dayNumber(day: string): number {
  const m = ISO.exec(day);
  if (!m?.[3]) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The ISO day of a day number: the inverse of dayNumber. */
export function dayOfNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first and last day (as day numbers) of "2010", "2010-06" or "2010-06-19"; null for anything else. With
 * precision 'week', "2010-06-07" is the week of that Monday: 7–13 June 2010.
 */
export function dateSpan(value: string, precision?: string): { first: number; last: number } | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const d = dayNumber(value);
    return { first: d, last: precision === 'week' ? d + 6 : d };
  }
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { first: Date.UTC(year, month - 1, 1) / 86_400_000, last: Date.UTC(year, month, 0) / 86_400_000 };
  }
  return { first: Date.UTC(year, 0, 1) / 86_400_000, last: Date.UTC(year, 11, 31) / 86_400_000 };
}

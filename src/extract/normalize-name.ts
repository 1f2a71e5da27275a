/** A bounded memo of the keys below: the same names come back in every sentence and every document. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 100_000;

/**
 * Straightens apostrophes and drops dots and hyphens so "Kim Jong-un" and "Kim Jong Un" share a key, and spells
 * "-isation" as "-ization" so one body written both ways is one actor: the Guardian's H1N1 reports write "World Health
 * Organisation" and quote "the World Health Organization (WHO)", and the filter listed WHO twice (8 and 3 events).
 */
export function normalizeName(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = name
      .replace(/[’`]/g, "'")
      .replace(/'s$/i, '')
      .replace(/[-‐–]/g, ' ')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/isation\b/g, 'ization');
    KEYS.set(name, key);
  }
  return key;
}

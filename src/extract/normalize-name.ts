/** Straightens apostrophes and drops dots and hyphens so "Kim Jong-un" and "Kim Jong Un" share a key. */
export function normalizeName(name: string): string {
  return name.replace(/[’`]/g, "'").replace(/'s$/i, '').replace(/[-‐–]/g, ' ').replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

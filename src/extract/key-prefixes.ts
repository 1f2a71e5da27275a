/**
 * Every beginning of every key of a map, the keys themselves included: a cheap first test before building the
 * strings a look-up needs. A text no key begins with can match no key, nor any longer text that starts with it.
 */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) for (let n = key.length; n >= 1 && !out.has(key.slice(0, n)); n--) out.add(key.slice(0, n));
  return out;
}

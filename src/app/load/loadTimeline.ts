/**
 * The client's one I/O edge: fetch a timeline file from the site and validate it against the contract.
 * A broken file yields parseTimeline's message naming the field, never a blank page.
 */
import { parseTimeline, type ParseResult } from '../../schema/timeline';

export async function fetchTimeline(name: string, fetcher: typeof fetch = fetch): Promise<ParseResult> {
  const url = `${import.meta.env.BASE_URL}${name}`;
  let response: Response;
  try {
    response = await fetcher(url, { cache: 'no-cache' });
  } catch (e) {
    return { ok: false, error: `Could not load ${name}: ${(e as Error).message}` };
  }
  if (!response.ok) {
    const hint = response.status === 404 && name === 'timeline.json' ? ' Run `npm run extract` to build it from data/documents/.' : '';
    return { ok: false, error: `Could not load ${name}: the server answered ${response.status} ${response.statusText}.${hint}` };
  }
  const text = await response.text();
  // vite preview answers unknown paths with index.html; say so rather than "not valid JSON: Unexpected token <"
  if (/^\s*</.test(text)) return { ok: false, error: `Could not load ${name}: the site has no such timeline file.` };
  return parseTimeline(text);
}

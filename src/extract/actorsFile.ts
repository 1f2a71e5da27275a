/**
 * data/actors.json, the reader's actor corrections, read and checked at the boundary (zod), as timeline.json is.
 * Without a schema, `null` crashed the build, `{"drop": "x"}` and `"aliases": "Kim"` were silently ignored and a
 * misspelt kind was carried into the timeline; a file saved by Windows Notepad (with a UTF-8 byte order mark)
 * was "not valid JSON". Every problem is named with the file and the entry: `actors[3] ("Denis Manturov").kind`.
 */
import { z } from 'zod';
import { ActorKindSchema } from '../schema/timeline';
import type { ActorOverrides } from './canonical';

const name = z.string().trim().min(1, 'must not be empty');

const ActorEntrySchema = z.strictObject({
  name,
  aliases: z.array(name).optional(),
  kind: ActorKindSchema.optional(),
});

export const ActorsFileSchema = z.strictObject({
  actors: z.array(ActorEntrySchema).optional(),
  drop: z.array(name).optional(),
}) satisfies z.ZodType<ActorOverrides>;

export type ActorsFileResult = { ok: true; overrides: ActorOverrides } | { ok: false; error: string };

const EXAMPLE = '{"actors": [{"name": "…", "aliases": ["…"], "kind": "person"}], "drop": ["…"]}';

/** The corrections in a file's text, or one message naming the file, the entry and what is wrong with it. */
export function parseActorsFile(text: string, file: string): ActorsFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `${file} is not valid JSON: ${(e as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: `${file} must hold one object, ${EXAMPLE}; it holds ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}.` };
  }
  const parsed = ActorsFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  const issue = parsed.error.issues[0];
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  return { ok: false, error: `${file}: ${where(raw, issue.path)} ${issue.message}${more}` };
}

/** `actors[3] ("Denis Manturov").kind`, `drop[0]`, or `the top level` */
function where(raw: object, path: PropertyKey[]): string {
  if (!path.length) return 'at the top level:';
  const [list, index, ...rest] = path;
  let at = String(list);
  if (typeof index === 'number') {
    at += `[${index}]`;
    const entry = (raw as Record<string, unknown[]>)[String(list)]?.[index] as { name?: unknown } | undefined;
    if (list === 'actors' && entry && typeof entry === 'object' && typeof entry.name === 'string') at += ` (${JSON.stringify(entry.name)})`;
  }
  for (const part of rest) at += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  return `${at}:`;
}

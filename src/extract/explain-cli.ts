/**
 * npm run --silent explain -- FILE
 *
 * Prints each sentence of one article with the build step's decisions on it: every clause as the linguistic
 * layer read it, whether it became an event (with its title, date, actors and rules) or why it was set
 * aside, the dates read in it and those set aside, by rule name. For a reader asking "why this event?".
 */
import { STORY_DOCUMENTS } from './salience';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { canonicalizeActors } from './canonical';
import { type DroppedMention, extractEventMentions, type ResolvedActor } from './events';
import { eventCandidates } from './events/candidates';
import { analyseText } from './nlp/analyse';
import { describeClause } from './nlp/describe';
import { analyseFile } from './pipeline';
import { explainTimeExpressions } from './time';

const USAGE = 'usage: npm run --silent explain -- FILE';

function fail(message: string): never {
  process.stderr.write(`explain: ${message}\n`);
  process.exit(2);
}

/** The report for one file, as lines. Exported for its test. */
export function explainFile(id: string, bytes: Uint8Array): string[] {
  const { doc, warnings } = analyseFile({ id, bytes });
  const lines: string[] = warnings.map((w) => `warning (${w.code}): ${w.message}`);
  if (!doc) return lines;
  const reference = doc.published?.value ?? null;
  lines.push(`${doc.id}: published ${reference ?? 'unknown'}${doc.published?.text ? ` ('${doc.published.text}')` : ''}`);
  const analysis = analyseText(doc.text, doc.sentences);
  const { expressions, rejected: setAsideTimes } = explainTimeExpressions(doc.text, reference);
  const { candidates, rejected, subjects } = eventCandidates(analysis, doc.excluded, expressions);
  const index = canonicalizeActors([{ doc: doc.id, mentions: doc.actorMentions }]);
  const byId = new Map(index.actors.map((a) => [a.id, a]));
  const actors: ResolvedActor[] = doc.actorMentions.flatMap((m) => {
    const id = index.resolve(doc.id, m.key);
    const a = id ? byId.get(id) : undefined;
    const unconfirmed = !!a && index.rulesOf(a.id).includes('unconfirmed-name');
    return a ? [{ id: a.id, name: a.name, kind: a.kind, start: m.start, end: m.end, ...(unconfirmed ? { unconfirmed } : {}) }] : [];
  });
  const dropped: DroppedMention[] = [];
  const mentions = extractEventMentions(
    {
      doc: doc.id,
      text: doc.text,
      sentences: doc.sentences,
      times: expressions,
      actors,
      excluded: doc.excluded,
      candidates,
      subjects,
      published: reference,
      publisher: doc.publisher,
    },
    dropped,
  );
  doc.sentences.forEach((s, k) => {
    lines.push('', `S${k}: ${s.text.replace(/\s+/g, ' ')}`);
    const [from, to] = analysis.clauseRange[k];
    for (let i = from; i < to; i++) lines.push(`  clause ${describeClause(analysis, analysis.clauses[i])}`);
    for (const t of expressions.filter((t) => t.start >= s.start && t.end <= s.end))
      lines.push(`  date '${t.text}' → ${t.value ?? 'unresolved'} [${t.rules.join(', ')}]`);
    for (const t of setAsideTimes.filter((t) => t.start >= s.start && t.end <= s.end)) lines.push(`  date set aside '${t.text}' [${t.rules.join(', ')}]`);
    for (const r of rejected.filter((r) => r.sentence === k)) lines.push(`  no event '${r.verb}': ${r.rule}`);
    for (const d of dropped.filter((d) => d.sentence === k)) lines.push(`  no event '${d.verb}': ${d.rule}`);
    for (const m of mentions.filter((m) => m.sentence.start === s.start)) {
      const who = m.actors.map((a) => byId.get(a)?.name ?? a).join(', ');
      lines.push(
        `  EVENT "${m.title}" ${m.time ? `date '${m.time.text}' → ${m.time.value ?? 'unresolved'}` : 'undated'} actors [${who}] [${m.rules.join(', ')}]`,
      );
      // (A title that names no one is shown only where its collection tells of one of these, salience.ts `standsAloneInCollection`.)
      if (m.unnamedHead && !m.unnamedHead.people)
        lines.push(
          `    names no one: shown only where ${STORY_DOCUMENTS} of the collection's documents tell of ${m.unnamedHead.lemmas.map((l) => `'${l}'`).join(' or ')}`,
        );
      // (A title whose object is "the" and a bare noun, salience.ts `objectsPlacedInCollection`.)
      if (m.objectHead)
        lines.push(`    object of the story's only: shown only where ${STORY_DOCUMENTS} of the collection's documents tell of '${m.objectHead}'`);
    }
  });
  return lines;
}

if (process.argv[1] && /explain-cli\.[tj]s$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (args.length !== 1) fail(args.length ? `expected one FILE, got ${args.length}` : `no FILE given\n${USAGE}`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args[0]));
  } catch (err) {
    fail(`cannot read ${args[0]}: ${(err as Error).message}`);
  }
  process.stdout.write(`${explainFile(basename(args[0]), bytes).join('\n')}\n`);
}

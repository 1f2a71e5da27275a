/**
 * describe: an analysis in words, for tests, debugging and `explain`: one line per clause saying its
 * kind, verb, subject (and where it came from), object, agent, tense and the rules that made it.
 */
import type { Analysis } from './analyse';
import type { Clause } from './clauses';
import type { NounPhrase } from './noun-phrases';
import { spanText, tokenText } from './tokens';

/**
 * Words as written, each run of white space shown as one: a ticker the layer read as blanks ("BP's (BP.L) Gulf of
 * Mexico oil leak", nlp/tickers.ts) and a line break inside a phrase would print as a gap of spaces.
 */
const shown = (words: string): string => words.replace(/\s{2,}/g, ' ');

/** The words of a noun phrase, as written. */
export const phraseText = (a: Analysis, np: NounPhrase | null): string => (np ? shown(spanText(a.tokens, np.start, np.end - 1)) : '');

/** The verb group as written: "has been capped", "stepped down". */
export const verbText = (a: Analysis, c: Clause): string => shown(spanText(a.tokens, c.verb.start, c.verb.end - 1));

/** The clause's own words (embedded clauses left out, punctuation at the cuts dropped), as written, pieces joined by " … ". */
export function ownText(a: Analysis, c: Clause): string {
  const t = a.tokens;
  const pieces: string[] = [];
  for (let [s, e] of c.pieces) {
    while (s < e && t.tag[s] === 'PUNCT') s++;
    while (e > s && t.tag[e - 1] === 'PUNCT') e--;
    if (s < e) pieces.push(shown(spanText(t, s, e - 1)));
  }
  return pieces.join(' … ');
}

/** The whole clause as written (embedded clauses included). */
export const clauseText = (a: Analysis, c: Clause): string => a.text.slice(c.charStart, c.charEnd);

/** "relative 'collapsed' subject='the Francis Scott Key Bridge'(antecedent) past [that-relative, ...]" */
export function describeClause(a: Analysis, c: Clause): string {
  const parts = [`${c.kind} '${verbText(a, c)}'`];
  if (c.marker >= 0) parts.push(`marker='${tokenText(a.tokens, c.marker)}'`);
  if (c.subject) parts.push(`subject='${phraseText(a, c.subject)}'(${c.subjectFrom})`);
  if (c.object) parts.push(`object='${phraseText(a, c.object)}'`);
  if (c.agent) parts.push(`agent='${phraseText(a, c.agent)}'`);
  const aspects = [
    c.tense,
    c.perfect && 'perfect',
    c.progressive && 'progressive',
    c.passive && 'passive',
    c.negated && 'negated',
    c.modal && `modal:${c.modal}`,
    c.conditional && 'conditional',
    c.headline && 'headline',
    c.quoted && 'quoted',
  ].filter(Boolean);
  parts.push(aspects.join(' '));
  if (c.reported) parts.push(`reported:${c.reported.kind}${c.reported.speaker ? ` by '${phraseText(a, c.reported.speaker)}'` : ''}`);
  if (c.parent >= 0) parts.push(`parent=${c.parent}`);
  if (c.conjunctOf >= 0) parts.push(`conjunct-of=${c.conjunctOf}`);
  parts.push(`[${c.rules.join(', ')}]`);
  return `${c.id}: ${parts.join(' ')}`;
}

/** Every sentence of the analysis with its clauses, one per line. */
export function describeAnalysis(a: Analysis): string {
  const lines: string[] = [];
  a.sentences.forEach((s, k) => {
    lines.push(`S${k}: ${shown(a.text.slice(s.start, s.end))}`);
    const [from, to] = a.clauseRange[k];
    for (let i = from; i < to; i++) lines.push(`  ${describeClause(a, a.clauses[i])}`);
  });
  return lines.join('\n');
}

/**
 * The active filters in words, for the line over the events ("Filtered: with BP, matching “cap”"). The filters
 * themselves sit in the side column, which the details and the reader replace, and in a closed drawer on narrow
 * screens: a shared link to one actor's events with an event open (?actor=bp&event=…) showed BP's events and
 * nothing that said the other actors' were hidden.
 */
import { formatDate } from './dates';
import type { Filters } from './filtering';
import type { TimelineIndex } from './timelineIndex';

/** "A", "A or B", "A, B or C" */
function joined(items: readonly string[], word: 'or' | 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Each active filter as a phrase that completes "events …": only those that narrow the events (hasActiveFilters). */
export function filterPhrases(index: TimelineIndex, f: Filters): string[] {
  const parts: string[] = [];
  const actors = f.actors.flatMap((id) => index.actorById.get(id)?.name ?? []);
  if (actors.length) parts.push(`with ${joined(actors, f.actorMatch === 'all' ? 'and' : 'or')}`);
  if (f.docs.length === 1) parts.push(`reported in “${index.docById.get(f.docs[0])?.title || f.docs[0]}”`);
  else if (f.docs.length > 1) parts.push(`reported in ${f.docs.length} chosen documents`);
  if (f.publishers.length) parts.push(`published by ${joined(f.publishers, 'or')}`);
  if (f.cited.length) parts.push(`according to ${joined(f.cited, 'or')}`);
  const text = f.text.trim();
  if (text) parts.push(`matching “${text}”`);
  if (f.from && f.to) parts.push(`from ${formatDate(f.from, 'day')} to ${formatDate(f.to, 'day')}`);
  else if (f.from) parts.push(`from ${formatDate(f.from, 'day')} on`);
  else if (f.to) parts.push(`up to ${formatDate(f.to, 'day')}`);
  return parts;
}

/** "Only events with BP, matching “cap”", or '' with no filter: said on the handout and the title slide, which show
 * the filtered events only (a class handed BP's events must be told they are BP's, not the whole story). */
export function onlyLine(phrases: readonly string[]): string {
  return phrases.length ? `Only events ${phrases.join(', ')}` : '';
}

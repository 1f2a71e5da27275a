/**
 * The filtered events as CSV: one row per event, RFC 4180 (every field quoted, quotes doubled, CRLF between
 * records). Titles, quotes and names come from documents off the web, so a cell that a spreadsheet would read as
 * a formula (=, +, -, @, and tab or carriage return, which some spreadsheets strip before looking) is prefixed with
 * an apostrophe, as OWASP's "CSV injection" advice says: "=HYPERLINK(...)" shows as text instead of running.
 */
import type { EventRecord } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';

export const CSV_COLUMNS = ['id', 'date', 'precision', 'date_basis', 'date_text', 'title', 'actors', 'sources', 'quotes', 'attributions'] as const;

/** joins several values inside one cell */
export const CELL_JOIN = ' | ';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function sourceLabel(index: TimelineIndex, docId: string): string {
  const doc = index.docById.get(docId);
  if (!doc) return docId;
  return doc.publisher ? `${doc.title || doc.id} (${doc.publisher})` : doc.title || doc.id;
}

export function eventRow(event: EventRecord, index: TimelineIndex): string[] {
  const docs = [...new Set(event.mentions.map((m) => m.doc))];
  return [
    event.id,
    event.date.value,
    event.date.precision,
    event.date.basis,
    event.date.text,
    event.title,
    event.actors.map((id) => index.actorById.get(id)?.name ?? id).join(CELL_JOIN),
    docs.map((d) => sourceLabel(index, d)).join(CELL_JOIN),
    event.mentions.map((m) => m.sentence).join(CELL_JOIN),
    // the sources the reports cite, as the details, slides and handout show them: not "The find" or "it"
    [...new Set(event.mentions.map((m) => m.attribution).filter((a): a is string => !!a && index.citedAs.has(a)))].join(CELL_JOIN),
  ];
}

/** A UTF-8 byte-order mark leads the file so Excel reads "Kim Jong Un" and "Pyongyang’s" correctly. */
export function buildCsv(index: TimelineIndex, positions: readonly number[]): string {
  const lines = [CSV_COLUMNS.map(quoteCell).join(',')];
  for (const pos of positions)
    lines.push(
      eventRow(index.events[pos], index)
        .map((v) => quoteCell(neutraliseCell(v)))
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { describe, expect, it } from 'vitest';
import type { TimelineFile } from '../../schema/timeline';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildIndex } from '../store/timelineIndex';
import { buildCsv, CELL_JOIN, CSV_COLUMNS, neutraliseCell, quoteCell } from './csv';
import { parseCsv } from './parseCsv';

const index = buildIndex(smallTimeline);

describe('CSV export', () => {
  it('writes a header and one row per filtered event, with sources and quotes joined', () => {
    const rows = parseCsv(buildCsv(index, [1, 2]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const meeting = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
    expect(meeting).toMatchObject({
      id: 'meeting',
      date: '2024-11-29',
      precision: 'day',
      title: 'Kim Jong Un meets Andrei Belousov',
      actors: `Kim Jong Un${CELL_JOIN}Andrei Belousov`,
      sources: `Article A (Euro News Source)${CELL_JOIN}Article B`,
      attributions: 'KCNA',
    });
    expect(meeting.quotes.split(CELL_JOIN)[0]).toBe('Kim met Belousov on Friday.');
  });

  it('writes only the attributions that name a cited source, as the details do ("The find" and "it" are no source)', () => {
    const t: TimelineFile = structuredClone(smallTimeline);
    const find = 'The find suggests the scale of the potential environmental disaster is much worse.';
    t.events[2].mentions.push(
      { doc: 'a.txt', sentence: find, start: 0, end: find.length, attribution: 'The find' },
      { doc: 'a.txt', sentence: 'it was revealed that Kim met Belousov.', start: 0, end: 38, attribution: 'it' },
    );
    const row = parseCsv(buildCsv(buildIndex(t), [2]))[1];
    expect(row[CSV_COLUMNS.indexOf('attributions')]).toBe('KCNA');
  });

  it('writes a week as the contract does, its Monday with precision "week", so a spreadsheet can tell it from that day', () => {
    const t: TimelineFile = structuredClone(smallTimeline);
    t.events[2].date = { value: '2024-11-25', precision: 'week', basis: 'relative', text: 'last week' };
    const row = parseCsv(buildCsv(buildIndex(t), [2]))[1];
    expect(row.slice(1, 5)).toEqual(['2024-11-25', 'week', 'relative', 'last week']);
  });

  it('quotes every field as RFC 4180 says: commas, doubled quotes and line breaks survive', () => {
    expect(quoteCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    const t: TimelineFile = structuredClone(smallTimeline);
    t.events[1].title = 'Putin, Kim sign "treaty"\non a train';
    const rows = parseCsv(buildCsv(buildIndex(t), [1]));
    expect(rows[1][5]).toBe('Putin, Kim sign "treaty"\non a train');
    expect(buildCsv(index, [0]).split('\r\n')).toHaveLength(3); // header, row, final CRLF
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const payload of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(neutraliseCell(payload)).toBe(`'${payload}`);
    }
    expect(neutraliseCell('Kim meets Putin')).toBe('Kim meets Putin');
    const t: TimelineFile = structuredClone(smallTimeline);
    t.events[1].title = '=cmd|" /C calc"!A0';
    t.actors[2].name = '@Putin';
    const row = parseCsv(buildCsv(buildIndex(t), [1]))[1];
    expect(row[5]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row[6]).toBe(`'@Putin${CELL_JOIN}Kim Jong Un`);
  });

  it('keeps markup in titles as plain text', () => {
    const t: TimelineFile = structuredClone(smallTimeline);
    t.events[1].title = '<img src=x onerror=alert(1)>';
    expect(parseCsv(buildCsv(buildIndex(t), [1]))[1][5]).toBe('<img src=x onerror=alert(1)>');
  });

  it('starts with a byte-order mark so spreadsheets read UTF-8', () => {
    expect(buildCsv(index, []).charCodeAt(0)).toBe(0xfeff);
  });
});

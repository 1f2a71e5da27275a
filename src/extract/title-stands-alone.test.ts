import { describe, expect, it } from 'vitest';
import { buildTimeline, type SourceFile } from './pipeline';
import type { Cluster } from './merge';
import { NOT_STANDALONE, STORY_DOCUMENTS, standsAloneInCollection } from './salience';
import { NAMES_NO_PARTICIPANT, STANDS_ALONE_PEOPLE } from './events';

const file = (id: string, text: string): SourceFile => ({ id, bytes: new TextEncoder().encode(text) });

// Reuters, 5 March 1987 (a wire set of many stories): judged "whose consumer prices? country not named".
const prices = file(
  '1987-03-05_2529.md',
  "---\ndate: 1987-03-05\nsource: Reuters\n---\n# ARGENTINE INFLATION ROSE 6.5 PCT IN FEBRUARY\n\nBUENOS AIRES, March 5 - Argentina's cost of living index grew 6.5 pct in January, down from last month's 7.6 pct, the National Statistics Institute said.\n\nIt said consumer prices rose 98.9 pct over the last 12 months, against 81.9 pct inflation in the calendar year 1986. Reuter\n",
);
// Reuters, 16 March 1987: judged readable on all five criteria.
const miners = file(
  '1987-03-16_5481.md',
  '---\ndate: 1987-03-16\nsource: Reuters\n---\n# SOME 7,000 MINERS GO ON STRIKE IN SOUTH AFRICA\n\nJOHANNESBURG, March 16 - Some 7,000 black miners went on strike at South African gold and coal mines, the National Union of Mineworkers (NUM) said.\n',
);

/** A collection of one spill: every document tells of "the well". */
function spill(size: number): SourceFile[] {
  const files: SourceFile[] = [];
  for (let i = 1; i < size; i++) files.push(file(`${String(i).padStart(2, '0')}.txt`, `Published July ${i}, 2010\n\nEngineers inspected the well on Monday.`));
  // (The Guardian, 2010: "The well was sealed", judged readable in a timeline of the spill.)
  files.push(file('zz.txt', 'Published September 20, 2010\n\nThe well was sealed on September 19, ending the worst offshore spill in US history.'));
  return files;
}

const events = (files: SourceFile[]) => buildTimeline(files).events;

describe('title: a title that names no one stands alone only on its collection', { timeout: 30_000 }, () => {
  it('hides "Consumer prices rose 98.9 pct" from a wire story, where nothing says whose prices', () => {
    const shown = events([prices, miners]);
    expect(shown.map((e) => e.title)).not.toContain('Consumer prices rose 98.9 pct');
  });

  it('keeps a group of people: "Some 7,000 black miners went on strike"', () => {
    const strike = events([prices, miners]).find((e) => e.title === 'Some 7,000 black miners went on strike');
    expect(strike?.date.value).toBe('1987-03-16');
    expect(strike?.mentions[0].rules).toContain(STANDS_ALONE_PEOPLE);
  });

  it('keeps "The well was sealed" where the collection tells of the well, and hides it in a handful of articles', () => {
    const sealed = events(spill(STORY_DOCUMENTS + 2)).find((e) => e.title === 'The well was sealed');
    expect(sealed?.date.value).toBe('2010-09-19');
    expect(sealed?.mentions[0].rules).toContain(NAMES_NO_PARTICIPANT);
    expect(events(spill(3)).map((e) => e.title)).not.toContain('The well was sealed');
  });

  it(`names the rule ${NOT_STANDALONE}, and shows a report that names someone over one that does not`, () => {
    const mention = (lemma: string | null, title = 'x') =>
      ({ title, rules: [], unnamedHead: lemma ? { lemmas: [lemma], word: lemma, people: false } : undefined }) as unknown as Cluster['mentions'][number];
    const currency = { mentions: [mention('currency')], undated: [] } as unknown as Cluster;
    const well = { mentions: [mention('well')], undated: [] } as unknown as Cluster;
    const both = { mentions: [mention('price', 'Consumer prices rose'), mention(null, "Argentina's consumer prices rose")], undated: [] } as unknown as Cluster;
    const heads = Array.from({ length: 30 }, (_, i) => (i === 0 ? ['currency', 'well', 'price'] : ['well']));
    const hidden: Array<{ rule: string; lemma: string }> = [];
    const kept = standsAloneInCollection([currency, well, both], heads, hidden as never);
    expect(kept.map((c) => c.mentions.map((m) => m.title))).toEqual([['x'], ['Consumer prices rose', "Argentina's consumer prices rose"]]);
    expect(kept[1].mentions[0].rules).toEqual([NOT_STANDALONE]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([[NOT_STANDALONE, 'currency']]);
  });
});

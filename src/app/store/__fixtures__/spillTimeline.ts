import type { EventRecord, TimelineFile } from '../../../schema/timeline';

type Period = 'story' | 'background' | 'after';

/**
 * A large collection shaped like the BBC's 291 reports on the 2010 oil spill, in sentences of our own: many
 * reports of the blast on one day, a run of later days, background recalled from long before (a 1905 law, the
 * Exxon Valdez) and a target decades after. Importance as the build step gives it (rank.ts reads only the number
 * and the period).
 */
const STORY: Array<[string, number, string]> = [
  ['2010-04-22', 14.3, 'The burning rig sank into the Gulf of Mexico'],
  ['2010-04-29', 9.7, 'Louisiana declared a state of emergency as the slick neared the coast'],
  ['2010-05-02', 12.4, 'Barack Obama visited the Louisiana coast'],
  ['2010-05-08', 12.9, 'A containment dome was lowered over the leak'],
  ['2010-05-16', 10.2, 'A tube began siphoning oil from the broken riser'],
  ['2010-05-26', 11.3, 'BP began the top kill attempt'],
  ['2010-05-28', 9.2, 'Barack Obama toured the oil-hit areas'],
  ['2010-06', 14.4, 'Tony Hayward handed over day-to-day control of the response'],
  ['2010-06-02', 15.1, 'The US opened a criminal inquiry into the spill'],
  ['2010-06-03', 13.0, 'A cap was placed over the well'],
  ['2010-06-10', 10.8, 'Two House committees wrote to Tony Hayward'],
  ['2010-06-16', 12.2, 'BP agreed to a $20bn compensation fund'],
  ['2010-06-21', 9.9, 'BP put off its dividend'],
  ['2010-07-10', 13.6, 'The old cap was removed from the well'],
  ['2010-07-15', 16.1, 'Oil stopped flowing from the well'],
  ['2010-07-27', 11.0, 'Bob Dudley was named chief executive'],
  ['2010-08-04', 10.2, 'The static kill sealed the well'],
  ['2010-09-19', 10.0, 'The relief well intercepted the leaking well'],
];
/** Reports of the blast itself: one event per wording, all on the day, all sharing the day's date salience. */
const BLAST = [
  'The Deepwater Horizon rig exploded',
  'An explosion killed 11 workers on the rig',
  'Eleven workers were killed in the explosion',
  'The Deepwater Horizon oil spill began',
  'Fire broke out on the Deepwater Horizon rig',
  'The rig operated by Transocean exploded',
  'Oil began leaking into the Gulf',
  'The blast destroyed the drilling rig',
  'A surge of gas destroyed the rig',
  'Workers were evacuated from the burning rig',
];
const BACKGROUND: Array<[string, number, string, Period]> = [
  ['1905', 1.5, 'A law on the Anglo-Persian concession was passed', 'background'],
  ['1909', 2.1, 'The Anglo-Persian Oil Company was founded', 'background'],
  ['1989-03-24', 2.8, 'The Exxon Valdez ran aground in Alaska', 'background'],
  ['2005', 3.0, 'An explosion at the Texas City refinery killed 15 workers', 'background'],
  ['2007', 3.1, 'Tony Hayward became chief executive', 'background'],
  ['2009-08', 2.5, 'The rig drilled the deepest well in the industry', 'background'],
  ['2051', 1.5, 'Fishing grounds are expected to recover', 'after'],
];

export function spillTimeline(): TimelineFile {
  const text = 'Reports on the oil spill.';
  const events: EventRecord[] = [];
  const add = (id: string, value: string, importance: number, title: string, period: Period, reports = 1) => {
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    events.push({
      id,
      date: { value, precision, basis: 'explicit', text: value },
      title,
      actors: title.includes('Obama') ? ['obama'] : ['bp'],
      mentions: Array.from({ length: reports }, (_, r) => ({ doc: `r${r}.txt`, sentence: text, start: 0, end: text.length, attribution: null })),
      importance,
      importanceWhy: { documents: reports, publishers: 1, dateDocuments: 1, laterDocuments: 0, burst: 0, period },
    });
  };
  for (const [i, title] of BLAST.entries()) add(`blast-${i}`, '2010-04-20', 21.9 - i * 0.5, title, 'story', i === 0 ? 3 : 1);
  for (const [i, [value, importance, title]] of STORY.entries()) {
    add(`story-${i}`, value, importance, title, 'story');
    // a second report on the first twelve days, less important than the day's first
    if (i < 12) add(`second-${i}`, value, importance - 3, `${title}, reports said`, 'story');
  }
  for (const [i, [value, importance, title, period]] of BACKGROUND.entries()) add(`old-${i}`, value, importance, title, period);
  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  return {
    schemaVersion: 2,
    title: 'The oil spill',
    documents: ['r0.txt', 'r1.txt', 'r2.txt'].map((id) => ({ id, title: id, publisher: 'BBC', published: null, text, citedSources: [] })),
    actors: [
      { id: 'bp', name: 'BP', kind: 'organization', aliases: [] },
      { id: 'obama', name: 'Barack Obama', kind: 'person', aliases: [] },
    ],
    events,
    warnings: [],
  };
}

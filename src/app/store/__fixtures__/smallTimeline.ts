import type { TimelineFile } from '../../../schema/timeline';

const docA = 'Kim met Belousov on Friday. Putin and Kim signed a treaty in June.';
const docB = 'According to KCNA, Kim Jong Un met Andrei Belousov on November 29.';

/** Three events, two documents, one publisher: enough to see filters and counts interact. */
export const smallTimeline: TimelineFile = {
  schemaVersion: 2,
  documents: [
    {
      id: 'a.txt',
      title: 'Article A',
      publisher: 'Euro News Source',
      published: { value: '2024-11-30', precision: 'day', basis: 'byline' },
      text: docA,
      citedSources: [],
    },
    { id: 'b.txt', title: 'Article B', publisher: null, published: null, text: docB, citedSources: ['KCNA'] },
  ],
  actors: [
    { id: 'kim', name: 'Kim Jong Un', kind: 'person', aliases: ['Kim'] },
    { id: 'belousov', name: 'Andrei Belousov', kind: 'person', aliases: ['Belousov'] },
    { id: 'putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'] },
    { id: 'kcna', name: 'KCNA', kind: 'organization', aliases: [] },
  ],
  events: [
    {
      id: 'agreement',
      date: { value: '2018', precision: 'year', basis: 'inferred', text: '2018' },
      title: 'Koreas sign military agreement',
      actors: [],
      mentions: [{ doc: 'b.txt', sentence: docB, start: 0, end: docB.length, attribution: null }],
    },
    {
      id: 'treaty',
      date: { value: '2024-06', precision: 'month', basis: 'explicit', text: 'in June' },
      title: 'Putin and Kim sign treaty',
      actors: ['putin', 'kim'],
      mentions: [{ doc: 'a.txt', sentence: 'Putin and Kim signed a treaty in June.', start: 28, end: 66, attribution: null }],
    },
    {
      id: 'meeting',
      date: { value: '2024-11-29', precision: 'day', basis: 'relative', text: 'on Friday' },
      title: 'Kim Jong Un meets Andrei Belousov',
      actors: ['kim', 'belousov'],
      mentions: [
        { doc: 'a.txt', sentence: 'Kim met Belousov on Friday.', start: 0, end: 27, attribution: null, dateText: 'on Friday', dateStart: 17, dateEnd: 26 },
        { doc: 'b.txt', sentence: docB, start: 0, end: docB.length, attribution: 'KCNA' },
      ],
      conflicts: [{ value: '2024-11-30', precision: 'day', doc: 'b.txt', text: 'November 30' }],
    },
  ],
  warnings: [],
};

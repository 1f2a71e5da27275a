import { describe, expect, it } from 'vitest';
import { highlightSentence } from './highlight';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';

const [, , meeting] = smallTimeline.events;
// the details panel marks the event's own actors
const actors = smallTimeline.actors.filter((a) => meeting.actors.includes(a.id));

describe('highlighting a quote', () => {
  it('marks the date phrase from the mention offsets and the actors by name or alias', () => {
    const segments = highlightSentence(meeting.mentions[0], meeting, actors);
    expect(segments).toEqual([
      { text: 'Kim', mark: 'actor', start: 0 },
      { text: ' met ', mark: null, start: 3 },
      { text: 'Belousov', mark: 'actor', start: 8 },
      { text: ' ', mark: null, start: 16 },
      { text: 'on Friday', mark: 'date', start: 17 },
      { text: '.', mark: null, start: 26 },
    ]);
  });

  it('prefers the longest name: "Kim Jong Un", not "Kim"', () => {
    const segments = highlightSentence(meeting.mentions[1], meeting, actors);
    expect(segments.filter((s) => s.mark === 'actor').map((s) => s.text)).toEqual(['Kim Jong Un', 'Andrei Belousov']);
  });

  it('keeps the sentence whole: the pieces join back to it', () => {
    for (const m of meeting.mentions)
      expect(
        highlightSentence(m, meeting, actors)
          .map((s) => s.text)
          .join(''),
      ).toBe(m.sentence);
  });

  it('does not mark a name inside a longer word', () => {
    const m = { doc: 'x', sentence: 'Kimchi is not Kim.', start: 0, end: 18, attribution: null };
    expect(
      highlightSentence(m, { ...meeting, date: { ...meeting.date, text: 'zzz' } }, actors)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['Kim']);
  });
});

import { describe, expect, it } from 'vitest';
import { docEvents, docEventsLine } from './docEvents';

const event = (id: string, docs: string[]) => ({ id, mentions: docs.map((doc) => ({ doc })) });
function index(events: ReturnType<typeof event>[]) {
  const mentionsByDoc = new Map<string, { eventId: string }[]>();
  for (const e of events) for (const m of e.mentions) mentionsByDoc.set(m.doc, [...(mentionsByDoc.get(m.doc) ?? []), { eventId: e.id }]);
  return { events, eventPos: new Map(events.map((e, i) => [e.id, i])), mentionsByDoc } as never;
}

describe('docEvents', () => {
  const mine = new Set(['pasted', 'other-mine']);
  it('counts an event reported only by the reader’s documents as new, one a loaded document reports too as already there', () => {
    const idx = index([event('a', ['seed1', 'pasted']), event('b', ['pasted', 'pasted']), event('c', ['pasted', 'other-mine']), event('d', ['seed1'])]);
    expect(docEvents(idx, 'pasted', mine)).toEqual({ events: 3, added: 2 });
    expect(docEvents(idx, 'missing', mine)).toEqual({ events: 0, added: 0 });
  });
});

describe('docEventsLine', () => {
  it('says what the document changed', () => {
    expect(docEventsLine({ events: 0, added: 0 })).toBe('0 events');
    expect(docEventsLine({ events: 1, added: 1 })).toBe('1 new event');
    expect(docEventsLine({ events: 2, added: 2 })).toBe('2 new events');
    expect(docEventsLine({ events: 1, added: 0 })).toBe('1 event, already on the timeline');
    expect(docEventsLine({ events: 2, added: 0 })).toBe('2 events, both already on the timeline');
    expect(docEventsLine({ events: 3, added: 0 })).toBe('3 events, all already on the timeline');
    expect(docEventsLine({ events: 3, added: 1 })).toBe('3 events: 1 new, 2 already on the timeline');
  });
});

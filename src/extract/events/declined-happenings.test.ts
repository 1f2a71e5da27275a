import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import { events } from '../events.harness';

const dated = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, date: m.time!.value }));

describe('dated happenings a misread word kept off the timeline', () => {
  it('"China sent a plane from Shanghai on Tuesday": the place is no verb (tag repair capitalised-word-after-preposition)', () => {
    const text = 'China sent a plane from Shanghai on Tuesday to pick up about 100 of its citizens from Mexico, mainly tourists, students and business people.';
    expect(analyseText(text).retags.map((r) => r.rule)).toContain('capitalised-word-after-preposition');
    expect(dated(text, '2009-05-05')).toContainEqual({ title: 'China sent a plane from Shanghai', date: '2009-05-05' });
  });

  it('"A New York City school principal suffering from swine flu died on Sunday": "died" is the principal\'s (NO_PASSIVE_VERBS)', () => {
    const text =
      "A New York City school principal suffering from swine flu died on Sunday, becoming the city's first death due to H1N1 flu, medical officials said.";
    const [m] = events(text, '2009-05-18').filter((x) => x.time);
    expect(m.title).toBe('A New York City school principal died');
    expect(m.time?.value).toBe('2009-05-17');
    expect(m.rules).toContain('date:in-clause');
  });
});

import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title with its rules. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, rules: m.rules }));

describe('events/phrase-end: no title ends inside a phrase', () => {
  it('keeps the noun an amount and its rate measure (`title:measure-keeps-noun`)', () => {
    // (Reuters 1987 wire copy: "rejected a 100 dlr a share takeover offer from a partnership of General Acquisition Inc".)
    const got = titled('Gencorp on Friday rejected a 100 dlr a share takeover offer from a partnership of General Acquisition Inc.', '1987-04-06');
    const r = got.find((x) => x.title.startsWith('Gencorp'));
    expect(r?.title).toBe('Gencorp rejected a 100 dlr a share takeover offer');
    expect(r?.rules).toContain('title:measure-keeps-noun');
  });

  it('keeps the "than" phrase of "more", or gives no title (`title:comparison-keeps-than`, `title-cut:more-without-than`)', () => {
    const kept = titled('Icahn raised his stake to more than 10 pct on Friday.', '1987-04-06').find((x) => x.title.startsWith('Icahn'));
    expect(kept?.title).toBe('Icahn raised his stake to more than 10 pct');
    expect(kept?.rules).toContain('title:comparison-keeps-than');
    const text = 'The investor increased its holdings to more than 10 pct of the company on Friday.';
    expect(titled(text, '1987-04-06').some((x) => x.title.endsWith('to more'))).toBe(false);
    expect(whyNot(text, '1987-04-06')).toContain('increased:title-cut:more-without-than');
  });

  it('reads "in prison for" as no complex preposition: a reason after it is no phrase of "prison"', () => {
    // (Fox News, 20 July 2010; "for his role" kept would end inside "his role [in the December 1988 bombing]".)
    const text = 'Al-Megrahi was convicted in 2001 and sentenced to life in prison for his role in the December 1988 bombing that killed 259 people on board.';
    expect(titled(text, '2010-07-20').some((x) => x.title.endsWith('for his role'))).toBe(false);
  });
});

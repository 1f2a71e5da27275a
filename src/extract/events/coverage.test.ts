import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('coverage: dated happenings the parse left without what a title needs', () => {
  it('"The Deepwater Horizon Unified Command (set up by ...) posted the first clip on Wednesday": the phrase before the brackets is the subject', () => {
    const text =
      'The Deepwater Horizon Unified Command (set up by the Marine Board of Investigation to report on the explosion on 20 April which caused the leak) posted the first clip on Wednesday.';
    const m = dated(text, '2010-05-13').find((x) => x.title.includes('posted'));
    expect(m?.title).toBe('The Deepwater Horizon Unified Command posted the first clip');
    expect(m?.time?.value).toBe('2010-05-12');
    expect(m?.rules).toContain('subject:before-bracketed-aside');
    // (The verb inside the brackets stays no event of its own.)
    expect(whyNot(text, '2010-05-13')).toContain('set:title-without-its-verb');
  });

  it('"who was grilled about the disaster by Congress ... on Thursday": a passive with its agent, not a copula (ed-adjective-with-by-agent-is-verb)', () => {
    const text =
      "Anadarko Petroleum refused to accept any blame for the explosion that led to the US's worst environmental disaster. " +
      'BP\'s chief executive Tony Hayward, who was grilled about the disaster by Congress for seven hours on Thursday, said he "strongly disagreed" with the allegation.';
    const m = dated(text, '2010-06-19').find((x) => x.title.includes('grilled'));
    expect(m?.time?.value).toBe('2010-06-17');
    // (Not "about US's disaster": a rank between an owner and the noun says which of the owner's things it is.)
    expect(m?.title).toBe("BP's chief executive Tony Hayward was grilled about the disaster");
    expect(m?.rules).toContain('clause:relative');
  });

  it('"Tropical storm Colin formed but dissipated far out in the Atlantic yesterday": dissipating is a whole happening', () => {
    const m = dated('Tropical storm Colin formed but dissipated far out in the Atlantic yesterday.', '2010-08-04').find((x) => x.title.includes('dissipated'));
    expect(m?.title).toBe('Tropical storm Colin dissipated');
    expect(m?.time?.value).toBe('2010-08-03');
    expect(m?.rules).toContain('subject:shared');
  });

  it('"The Coast Guard discovered Saturday that oil is leaking from the damaged well": what was discovered is the title (that-after-time-after-verb)', () => {
    const text =
      "The Coast Guard discovered Saturday that oil is leaking from the damaged well that fed a massive rig that exploded this week off Louisiana's coast.";
    const m = dated(text, '2010-04-25').find((x) => x.title.includes('discovered'));
    expect(m?.title).toBe('The Coast Guard discovered that oil is leaking from the damaged well');
    expect(m?.time?.value).toBe('2010-04-24');
    expect(m?.rules).toContain('title:what-was-announced');
  });

  it('"had directed his administration -- including the Pentagon -- to aggressively join in cleanup efforts": no title without what it was directed to do', () => {
    const text =
      'The White House said Thursday that President Obama had directed his administration -- including the Pentagon -- to aggressively join in cleanup efforts.';
    expect(dated(text, '2010-04-29').filter((x) => x.title.includes('directed'))).toEqual([]);
    expect(whyNot(text, '2010-04-29')).toContain('directed:title-object-infinitive-cut');
  });
});

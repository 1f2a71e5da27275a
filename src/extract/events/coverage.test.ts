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

  it('"BP has produced a corporate video ...", the first sentence of a page of 8 September: the news of its day (date:lede-present-perfect)', () => {
    const text =
      "BP has produced a corporate video which shows the company's view of events leading up to the Gulf of Mexico oil spill. " +
      'According to BP, a sequence of failures was to blame for the spill. BP has cut its dividend.';
    const ms = dated(text, '2010-09-08');
    const m = ms.find((x) => x.title.includes('video'));
    expect(m?.title).toBe('BP has produced a corporate video');
    expect(m?.time?.value).toBe('2010-09-08');
    expect(m?.rules).toContain('date:lede-present-perfect');
    // (Only the opening lines: a present perfect further on tells no day.)
    expect(ms.filter((x) => x.title.includes('dividend'))).toEqual([]);
  });

  it('"BP has suffered a number of controversies in recent years": an opening perfect that sums up a span tells no day', () => {
    const text = 'BP has suffered a number of controversies in recent years. BP said it would pay.';
    expect(dated(text, '2010-06-09').filter((x) => x.title.includes('controversies'))).toEqual([]);
    // (Nor one after a caption glued before the sentence.)
    const glued = 'Police are guarding the hotel where the man stayed BP has produced a corporate video. BP said it would pay.';
    expect(dated(glued, '2010-09-08').filter((x) => x.title.includes('video'))).toEqual([]);
  });

  it('"large amounts of crude and tar balls washed ashore on Saturday": where a movement ended completes its verb (PARTICLES)', () => {
    const m = dated('Large amounts of crude and tar balls washed ashore on Saturday.', '2010-06-07').find((x) => x.title.includes('ashore'));
    expect(m?.title).toBe('Large amounts of crude and tar balls washed ashore');
    expect(m?.time?.value).toBe('2010-06-05');
  });
});

import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';
import { datableSentences } from './datable';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('titles that stop where their clause goes on with what they need (events/clause-goes-on.ts)', () => {
  it('keeps the level a figure is written at after a word of direction (`title:level-keeps-its-figure`)', () => {
    // (Judged cut and unfaithful: "Alcan Australia ended four cents" reads as ending at four cents.)
    const alcan = 'Alcan NZ last traded at 1.55 NZ dlrs, while Alcan Australia today ended four cents down at 1.15 dlrs.';
    const m = dated(alcan, '1987-03-27').find((x) => x.title.startsWith('Alcan Australia'));
    expect(m?.title).toBe('Alcan Australia ended four cents down at 1.15 dlrs');
    expect(m?.rules).toContain('title:level-keeps-its-figure');
    // (Judged cut: "The dollar was fixed", fixed at what? It reads as repaired.)
    const dollar = 'The Bundesbank did not intervene as the dollar was fixed lower at 1.8218 marks after 1.8243 yesterday, dealers said.';
    const d = dated(dollar, '1987-04-07').find((x) => x.title.startsWith('The dollar'));
    expect(d?.title).toBe('The dollar was fixed lower at 1.8218 marks');
    expect(d?.rules).toContain('title:level-keeps-its-figure');
    // ("earlier" closes a time: no level.)
    const japan = "Japan's vehicle exports to Europe in January rose 38 pct from a year earlier to 174,133 units.";
    expect(dated(japan, '1987-03-05').map((x) => x.title)).toContain("Japan's vehicle exports to Europe rose 38 pct");
  });

  it('gives no title when the level "below" a figure cannot be written whole (`title-cut:level-without-its-figure`)', () => {
    const bp =
      "The British Treasury confirmed that the sale of British Petroleum Co Plc will go ahead as planned, despite Monday's stock market crash which forced BP below the 330p a share set for the 7.2 billion stg issue.";
    expect(dated(bp, '1987-10-19').map((m) => m.title)).not.toContain("Monday's stock market crash forced BP");
    expect(whyNot(bp, '1987-10-19')).toContain('forced:title-cut:level-without-its-figure');
  });

  it('keeps what a poll showed its object doing (`title:object-keeps-its-participle`)', () => {
    const poll =
      "One poll out today showed the Conservatives leading with 43 pct support against Labour's 30 pct and the Liberal-Social Democratic Alliance at 26 pct.";
    const m = dated(poll, '1987-04-07').find((x) => x.title.startsWith('One poll'));
    expect(m?.title).toBe('One poll showed the Conservatives leading with 43 pct support');
    expect(m?.rules).toContain('title:object-keeps-its-participle');
    // (An object new to the reader is not shown doing anything: its participle says which one, and the title stands.)
    const video =
      'After considerable pressure from the media and government agencies, BP tonight finally released a brief video showing for the first time the gushing stream of oil and gas leaking from the Deepwater Horizon oil rig into the sea.';
    expect(events(video, '2010-05-12').find((x) => x.title.startsWith('BP'))?.rules ?? []).not.toContain('title:object-keeps-its-participle');
    // (Nor a participle of saying, whose claim no title writes whole.)
    const roche =
      "Last September, Roche and the Foundation sued Genetech Inc alleging Genetech's product, Protropin, a human growth hormone, infringed on Hoffman's patent for the hormone.";
    expect(dated(roche, '1987-06-02').map((x) => x.title)).toContain('Roche and the Foundation sued Genetech Inc');
  });

  it('keeps the noun a "City, State," place modifies (`title:place-keeps-its-noun`)', () => {
    const tribune =
      'CHICAGO, March 13 - Tribune Co said it completed the sale of the Danville, Va., cable television system to Cablevision Industries Ltd Partnership.';
    const m = events(tribune, '1987-03-13').find((x) => x.title.startsWith('Tribune'));
    expect(m?.title).toBe('Tribune said it completed the sale of the Danville, Va., cable television system');
    expect(m?.rules).toContain('title:place-keeps-its-noun');
  });

  it('gives no title whose only verb is a modifier read as one (`title-cut:modifier-read-as-verb`)', () => {
    const copper = 'U.S. refined production declined to 117,600 tons in January from 137,400 tons in December.';
    expect(dated(copper, '1987-03-02').map((m) => m.title)).not.toContain('U.S. refined production');
    expect(whyNot(copper, '1987-03-02')).toContain('refined:title-cut:modifier-read-as-verb');
  });

  it('gives no title that writes a word twice running (`title-cut:doubled-word`)', () => {
    const viacom = 'Last week, Viacom reported fourth quarter earnings fell two two cts per share from 23 cts.';
    expect(dated(viacom, '1987-03-02').map((m) => m.title)).toEqual([]);
    expect(whyNot(viacom, '1987-03-02')).toContain('reported:title-cut:doubled-word');
  });

  it('keeps the head of a compound a participle and its "by" follow (`title:compound-keeps-its-head`)', () => {
    // (Judged cut from its head: "LyphoMed Inc said it agreed to market an antiseptic transparent wound". The clause's
    // title, before the wire lede dates it by its dateline and headline.)
    const lypho =
      'ROSEMONT, ILL., March 24 - LyphoMed Inc said it agreed to market an antiseptic transparent wound dressing made by Hercon Laboratories, a subsidiary of Health-Chem Corp.';
    const times = findTimeExpressions(lypho, '1987-03-24');
    const a = analyseText(lypho, segmentSentences(lypho));
    const c = eventCandidates(a, [], times, datableSentences(a, times, '1987-03-24')).candidates.find((x) => x.verb === 'agreed');
    expect(c?.title.map((r) => lypho.slice(r.start, r.end)).join(' ')).toBe('LyphoMed Inc agreed to market an antiseptic transparent wound dressing');
    expect(c?.rules).toContain('title:compound-keeps-its-head');
  });

  it('keeps whom talks were broken off with, past a time (COMPLEMENT_NOUNS, `title:noun-keeps-its-complement`)', () => {
    const dome =
      "The Toronto Globe and Mail, quoting sources close to the negotiations, today said Dome broke off talks last night with TransCanada PipeLines Ltd, which last week announced a 4.3 billion Canadian dlr offer for all of Dome's assets.";
    const m = dated(dome, '1987-03-20').find((x) => x.title.startsWith('Dome'));
    expect(m?.title).toBe('Dome broke off talks with TransCanada PipeLines Ltd');
    expect(m?.rules).toContain('title:noun-keeps-its-complement');
  });

  it('keeps what a counted noun is of when the title has room (`title:count-keeps-what-of`)', () => {
    const uk = 'Health officials today announced one more confirmed case of swine flu in Britain, taking the national total to 28.';
    const m = dated(uk, '2009-05-08').find((x) => x.title.startsWith('Health officials'));
    // ("more" stays too: one more case, not the first; `title:count-keeps-qualifier`.)
    expect(m?.title).toBe('Health officials announced one more confirmed case of swine flu');
    expect(m?.rules).toContain('title:count-keeps-what-of');
    const us = 'U.S. health officials confirmed a total of 91 human cases of H1N1 swine flu across the country on Tuesday.';
    // (No room: the title stands as it was.)
    expect(dated(us, '2009-05-06').map((x) => x.title)).toContain('U.S. health officials confirmed a total of 91 human cases');
  });
});

import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { buildTimeline } from '../pipeline';

describe('who takes part, as a reader of wire copy and Timeline17 names them', () => {
  it('lists no employer of the miners who began talks (participants:employer-of-those-acting)', () => {
    const text =
      'LA PAZ, March 23 - Union leaders of 9,000 miners employed by the state corporation Comibol began talks with the government today on ways on ways to solve their strike over pay, a mining ministry spokesman said.';
    const m = events(text, '1987-03-23').find((x) => x.title.includes('began talks'));
    expect(m?.title).toBe('Union leaders of 9,000 miners began talks with the government');
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('participants:employer-of-those-acting');
  }, 60_000);

  it('lists Israel for its helicopter gunships that raided south Lebanon', () => {
    // (A Reuters 1987 story as the corpus writes it: the headline tells the lede, which the dateline dates.)
    const body =
      '# ISRAELI HELICOPTERS RAID SOUTH LEBANON - RADIO\n\nBEIRUT, April 9 - Beirut radio stations said Israeli helicopter gunships raided south Lebanon and that one of the craft was downed.';
    const bytes = new TextEncoder().encode(`---\ndate: 1987-04-09\nsource: Reuters\n---\n${body} REUTER\n`);
    const e = buildTimeline([{ id: 'a.md', bytes }]).events.find((x) => x.title.includes('raided'));
    expect(e?.title).toBe('Beirut radio stations said Israeli helicopter gunships raided Lebanon');
    expect(e?.actors).toEqual(['israel']);
  }, 60_000);

  it('lists the IMF whose delegation visited Israel (no actors:body-before-its-panel for a delegation)', () => {
    const text =
      "An IMF delegation, which visited Israel this week, issued an interim report praising Israel's success in slashing inflation from 440 pct in 1985 to 19.7 pct last year without triggering mass unemployment.";
    const m = events(text, '1987-03-12').find((x) => x.title.includes('visited'));
    expect(m?.title).toBe('An IMF delegation visited Israel');
    expect(m?.actors).toContain('imf');
    expect(m?.rules).not.toContain('actors:body-before-its-panel');
  }, 60_000);

  it('lists no United Kingdom that Hayward was returning to (actors:place-it-went-to)', () => {
    const text =
      'On June 25, Hayward\'s boss, the BP Chairman, Carl-Henric Svanberg said Hayward was returning to the UK, admitting the CEO\'s remarks had "upset people."';
    const m = events(text, '2010-07-27').find((x) => x.title.includes('returning'));
    expect(m?.actors).not.toContain('united-kingdom');
    expect(m?.rules).toContain('actors:place-it-went-to');
  }, 60_000);

  it('lists no Macondo, the well the explosion killed workers at (actors:site-after-at)', () => {
    const text =
      "BP said on Monday it would pay. An explosion that killed 11 workers at BP's Macondo well last April led to oil spewing from the company's undersea well.";
    const m = events(text, '2010-09-20').find((x) => x.title.includes('killed'));
    expect(m?.title).toBe("An explosion killed 11 workers at BP's Macondo well");
    expect(m?.actors).not.toContain('macondo');
    expect(m?.rules).toContain('actors:site-after-at');
  }, 60_000);
});

describe("a state's prices as its figures (actors:state-of-economy-subject)", () => {
  it('lists Turkey for "Turkish retail prices rose", told by its statistics office', () => {
    const text =
      'ANKARA, March 4 - Turkish retail prices rose 2.7 pct in February after 2.9 pct in January and 1.7 pct in February 1986, the State Statistics Institute said.';
    const m = events(text, '1987-03-04').find((x) => x.title.includes('prices rose'));
    expect(m?.title).toBe('Turkish retail prices rose 2.7 pct');
    expect(m?.actors).toEqual(['turkiye']);
    expect(m?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);

  it('lists no United Kingdom for "London coffee prices slid", the market\'s prices', () => {
    const text = 'London coffee prices slid 300 stg per tonne in March, to 1,279 stg from 1,580 stg at end-February.';
    const m = events(text, '1987-04-02').find((x) => x.title.includes('slid'));
    expect(m?.title).toBe('London coffee prices slid 300 stg per tonne');
    expect(m?.actors).toEqual([]);
  }, 60_000);
});

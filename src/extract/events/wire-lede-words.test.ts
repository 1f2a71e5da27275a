import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them (the headline and first sentence quoted from the stories).
const mention = (published: string, body: string, title: string) =>
  buildTimeline(story(published, body))
    .events.filter((e) => e.title.startsWith(title))
    .map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [], title: e.title }))[0];

const RAID =
  '# ISRAELI JETS RAID SOUTH LEBANON\n\nSIDON, Lebanon, March 23 - Israeli jets bombed Palestinian targets in south Lebanon for the second time in four days, Lebanese security sources said.';
const ESCORT =
  '# TURKEY LIFTS SURVEY SHIP ESCORT AS TENSION ABATES\n\nANKARA, March 29 - Turkey pulled warships back from close escort of its Sismik 1 survey ship as the threat of conflict with Greece over oil rights in the Aegean Sea abated.';
const DECA =
  '# U.S., TURKEY SIGN AID AGREEMENT\n\nWASHINGTON, March 16 - The United States and Turkey signed a five-year defence and economic agreement (DECA) that will channel hundreds of millions of dollars a year in aid to Ankara.';

describe("events: a wire lede its headline tells in the headline's own words", () => {
  it('dates "Israeli jets bombed Palestinian targets" under "ISRAELI JETS RAID SOUTH LEBANON" (`date:wire-lede-told-by-headline-words`)', () => {
    const m = mention('1987-03-23', RAID, 'Israeli jets bombed Palestinian targets');
    expect(m?.day).toBe('1987-03-23');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline-words');
  }, 60_000);

  it('leaves the lede undated under a headline that shares its subject only', () => {
    const other = RAID.replace('ISRAELI JETS RAID SOUTH LEBANON', 'ISRAELI JETS SEEN AS THREAT TO PEACE TALKS');
    expect(mention('1987-03-23', other, 'Israeli jets bombed')).toBeUndefined();
  }, 60_000);

  it('keeps the particle before "from": "Turkey pulled warships back" (`title:particle-before-from`)', () => {
    const m = mention('1987-03-29', ESCORT, 'Turkey pulled warships');
    expect(m?.title).toBe('Turkey pulled warships back');
    expect(m?.day).toBe('1987-03-29');
    expect(m?.rules).toContain('title:particle-before-from');
  }, 60_000);
});

describe('events: a subject list of names is placed', () => {
  it('titles "The United States and Turkey signed a ... agreement" (`subject:list-of-names`)', () => {
    const m = mention('1987-03-16', DECA, 'United States and Turkey signed');
    expect(m?.day).toBe('1987-03-16');
    expect(m?.rules).toContain('subject:list-of-names');
  }, 60_000);
});

describe('merge: an article does not report a day after it was published', () => {
  it('keeps the raid "this month" of 20 March apart from the raid of 23 March (`merge:reported-before-the-day`)', () => {
    const first =
      '# ISRAELI JETS RAID SOUTH LEBANON\n\nBEIRUT, March 20 - Israeli jets bombed Palestinian targets east of the south Lebanese port town of Sidon, in the first such attack this month, local radio stations said.';
    const docs = [
      { id: 'a.md', bytes: new TextEncoder().encode(`---\ndate: 1987-03-20\nsource: Reuters\n---\n${first} REUTER\n`) },
      { id: 'b.md', bytes: new TextEncoder().encode(`---\ndate: 1987-03-23\nsource: Reuters\n---\n${RAID} REUTER\n`) },
    ];
    const raids = buildTimeline(docs).events.filter((e) => e.title.startsWith('Israeli jets bombed'));
    expect(raids.map((e) => e.date?.value).sort()).toEqual(['1987-03', '1987-03-23']);
    expect(raids.find((e) => e.date?.value === '1987-03')?.mentions[0].rules).toContain('merge:reported-before-the-day');
  }, 60_000);
});

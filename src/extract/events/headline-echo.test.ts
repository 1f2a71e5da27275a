import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences, splitHeadlineFromStandfirst } from '../segment';
import { findTimeExpressions } from '../time';
import { datableSentences } from './datable';
import { eventCandidates } from './candidates';
import { echoesHeadline, headlineTellsLede } from './headline-echo';

// The Guardian of 30 June 2010: the headline line (headline and standfirst) and the lede under it.
const STORM =
  'First hurricane of season hits BP oil spill clean-up Hurricane Alex halts efforts to capture oil from Gulf of Mexico as experts predict severe storm season ahead\n' +
  "The first named storm of the Atlantic season has hit BP's oil spill clean-up efforts in the Gulf of Mexico.\n" +
  'Waves as high as 3.6 metres are expected to delay the work, officials said.';

describe('a lede perfect the headline tells (date:lede-perfect-told-by-headline)', () => {
  it('dates "The first named storm ... has hit BP\'s oil spill clean-up efforts" by the article\'s day', () => {
    const m = events(STORM, '2010-06-30').find((x) => x.title.includes('storm'));
    expect(m?.title).toBe("The first named storm has hit BP's clean-up efforts");
    expect(m?.time?.value).toBe('2010-06-30');
    expect(m?.rules).toEqual(expect.arrayContaining(['date:lede-perfect-told-by-headline', 'date:lede-present-perfect']));
  });

  it('leaves the same lede undated under a headline of something else', () => {
    const other = STORM.replace(/^[^\n]*\n/, 'Gulf oil spill hearing - as it happened Senators question the executives of three companies\n');
    expect(events(other, '2010-06-30').filter((x) => x.title.includes('storm'))).toEqual([]);
  });

  it('leaves an old photograph\'s caption undated: "... Friday Nov. 1, 2002. More than 3,000 of the singer\'s fans have gathered ..."', () => {
    const text =
      'Singer Jimmy Buffett makes a surprise appearance at the annual Parrot Heads in Paradise convention in Key West, Fla., Friday Nov. 1, 2002.\n' +
      "More than 3,000 of the singer's fans have gathered in Key West through Sunday, Nov. 3.\n" +
      'Singer Jimmy Buffett is just another mad Gulf Coast native when it comes to the Deepwater Horizon oil spill.';
    expect(events(text, '2010-07-06').filter((x) => x.title.includes('fans'))).toEqual([]);
  });
});

describe('datable.ts reads a lede line the headline may tell', () => {
  it('marks the storm lede (no time expression of its own) for reading, not the line after it', () => {
    const sentences = splitHeadlineFromStandfirst(STORM, segmentSentences(STORM));
    const a = analyseText(STORM, sentences);
    const times = findTimeExpressions(STORM, '2010-06-30');
    const out = datableSentences(a, times, '2010-06-30')!;
    expect(out[1]).toBe(1);
    expect(echoesHeadline(STORM, sentences[0], sentences[2].start, sentences[2].end)).toBe(false);
  });
});

// A headline that writes the lede's verb in a form of its own and one word of what it was done to.
const HALTED = 'Hurricane Alex halts spill clean-up\nThe storm has halted the clean-up in the Gulf of Mexico.';

describe('datable.ts reads every lede line the headline tells (date:lede-perfect-told-by-headline)', () => {
  it('reads "The storm has halted the clean-up ..." under "Hurricane Alex halts spill clean-up" and dates it by the day', () => {
    const sentences = splitHeadlineFromStandfirst(HALTED, segmentSentences(HALTED));
    const a = analyseText(HALTED, sentences);
    const times = findTimeExpressions(HALTED, '2010-06-30');
    const datable = datableSentences(a, times, '2010-06-30')!;
    expect(datable[1]).toBe(1);
    const { candidates } = eventCandidates(a, [], times, datable);
    expect(candidates.some((c) => c.kind === 'clause' && c.sentence === 1 && c.lemma === 'halt')).toBe(true);
    const m = events(HALTED, '2010-06-30').find((x) => x.title.includes('storm'));
    expect(m?.time?.value).toBe('2010-06-30');
    expect(m?.rules).toContain('date:lede-perfect-told-by-headline');
  });

  it('reads a headline verb in its own form: "carries", "capped", and not "seed" for "see"', () => {
    const lede = (headline: string, line: string) => `${headline}\n${line}`;
    const told = (headline: string, line: string, lemma: string) => {
      const text = lede(headline, line);
      const sentences = splitHeadlineFromStandfirst(text, segmentSentences(text));
      const a = analyseText(text, sentences);
      const { candidates } = eventCandidates(a, [], findTimeExpressions(text, '2010-06-30'));
      const c = candidates.find((x) => x.kind === 'clause' && x.sentence === 1 && x.lemma === lemma);
      return !!c && headlineTellsLede(text, sentences, 1, c.title, c.lemma);
    };
    expect(told('Tanker carries oil from the leaking well', 'The ship has carried the oil to Houston.', 'carry')).toBe(true);
    expect(told('BP capped the leaking well', 'Engineers have capped the well.', 'cap')).toBe(true);
    expect(told('Farmers seed the fields early', 'Farmers have seen the fields flooded.', 'see')).toBe(false);
    // (A headline that denies the word tells no happening of it.)
    expect(told('UAE says no ban on pork, but shops clear shelves', 'Several countries have banned pork imports.', 'ban')).toBe(false);
    expect(told('UAE makes clear no pork ban', 'Several countries have banned pork imports.', 'ban')).toBe(false);
    expect(told('UAE bans pork imports', 'Several countries have banned pork imports.', 'ban')).toBe(true);
  });
  it('reads the sayer\'s name as a word of the subject "its board": "CHRYSLER C SETS STOCK SPLIT" over "Chrysler Corp said its board declared a three-for-two stock split"', () => {
    const text =
      'CHRYSLER C SETS STOCK SPLIT, HIGHER DIVIDEND\nChrysler Corp said its board declared a three-for-two stock split in the form of a 50 pct stock dividend.';
    const sentences = splitHeadlineFromStandfirst(text, segmentSentences(text));
    const a = analyseText(text, sentences);
    const { candidates } = eventCandidates(a, [], findTimeExpressions(text, '1987-03-05'));
    const c = candidates.find((x) => x.kind === 'clause' && x.sentence === 1 && x.lemma === 'declare');
    expect(c?.kind === 'clause' && c.ownerSayer).toBeTruthy();
    if (c?.kind !== 'clause' || !c.ownerSayer) return;
    expect(text.slice(c.ownerSayer[0], c.ownerSayer[1])).toBe('Chrysler Corp');
    // (The board is no word of the headline; the company is.)
    expect(headlineTellsLede(text, sentences, 1, c.title, c.lemma)).toBe(false);
    expect(headlineTellsLede(text, sentences, 1, c.title, c.lemma, c.ownerSayer)).toBe(true);
  });
});

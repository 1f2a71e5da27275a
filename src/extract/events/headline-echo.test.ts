import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences, splitHeadlineFromStandfirst } from '../segment';
import { findTimeExpressions } from '../time';
import { datableSentences } from './datable';
import { echoesHeadline } from './headline-echo';

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

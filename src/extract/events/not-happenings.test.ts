/**
 * A feeling voiced, a start told with an adjective and a reader's comment are no happenings a reader can place.
 * Sentences from the development topics.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, explainClean } from '../clean';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('events: no happening of a feeling voiced', () => {
  it('makes no happening of a feeling voiced: "expressed amazement" (view-voiced)', () => {
    const text = "William K. Reilly, co-chairman of the presidential commission, expressed amazement at BP's case Friday.";
    expect(whyNot(text, '2010-12-03')).toContain('expressed:view-voiced');
    expect(titles(text, '2010-12-03')).toEqual([]);
  });
});

describe('events: no happening of a start told with an adjective', () => {
  it('makes no happening of "began relatively mild" (state:began-as-adjective)', () => {
    const text =
      'The 1968 pandemic began relatively mild, with sporadic cases prior to the first wave, and remained mild in its second wave in most, but not all countries, it said.';
    expect(whyNot(text, '2009-05-12')).toContain('began:state:began-as-adjective');
    expect(titles(text, '2009-05-12')).not.toContain('The 1968 pandemic began');
  });

  it('keeps a start with a time or an object after it', () => {
    expect(titles('The 1918 influenza pandemic began in 1918.', '2009-05-12')).toContain('The 1918 influenza pandemic began');
    expect(whyNot('The hearing began late Thursday night.', '2010-06-18')).not.toContain('began:state:began-as-adjective');
    expect(whyNot('BP started drilling a relief well on Sunday.', '2010-05-04')).not.toContain('started:state:began-as-adjective');
  });
});

describe('clean: a reader comment that thanks the writer opens the comment section', () => {
  const body = [
    'Air travel may spread the disease in its early stages, but modern communications and medicine can arm us to respond quickly as the disease evolves.',
    'The media must stop scaring people with numbers that in the big picture are meaningless.',
    'The world health body raised its alert level on Monday.',
  ];
  it('drops every line from "Thank you Eric for putting some sanity to this." on (reader-comments)', () => {
    const raw = [
      ...body,
      'Thank you Eric for putting some sanity to this.',
      'In 1976, 200 million inoculations were purchased by the US government for a swine flu which never came to fruition, the result?',
    ].join('\n');
    const { text, removals } = explainClean(raw);
    expect(text).toBe(body.join('\n'));
    expect(removals.map((r) => r.rule)).toEqual(['reader-comments', 'reader-comments']);
    expect(titles(raw, '2009-04-28')).toContain('200 million inoculations were purchased by the US government');
    expect(titles(text, '2009-04-28')).not.toContain('200 million inoculations were purchased by the US government');
  });

  it('keeps a guest thanked in a transcript', () => {
    const raw = [...body, 'Thanks for having me.', ...body].join('\n');
    expect(cleanText(raw).text).toContain('Thanks for having me.\nAir travel may spread the disease');
  });
});

describe('events: no happening of a feeling with its cause', () => {
  it('makes no happening of "were heartened by figures" (state:feeling-caused)', () => {
    const text = 'On Friday, Mexicans were heartened by figures that showed the number of deaths and new infections stabilising.';
    expect(whyNot(text, '2009-05-03')).toContain('heartened:state:feeling-caused');
    expect(titles(text, '2009-05-03')).not.toContain('Mexicans were heartened by figures');
  });

  it('keeps an agent who urges someone to act', () => {
    expect(whyNot('Residents were encouraged by officials on Monday to stay indoors.', '2009-05-03')).not.toContain('encouraged:state:feeling-caused');
  });
});

describe('events: no happening of an effort under way in a headline', () => {
  it('makes no happening of "BP wrestles with oil spill hitch" (headline:struggle-under-way)', () => {
    const text =
      'BP wrestles with oil spill hitch in Gulf of Mexico\nA containment device lowered over the well to funnel oil to the surface had to be moved on Saturday after ice-like crystals began accumulating inside it.';
    expect(whyNot(text, '2010-05-09')).toContain('wrestles:headline:struggle-under-way');
    expect(titles(text, '2010-05-09')).not.toContain('BP wrestles with oil spill hitch');
    expect(titles(text, '2010-05-09')).toContain('A containment device had to be moved');
  });
});

describe('events: no happening of a word that names none', () => {
  it('makes no happening of "events that occurred on April 20" (title:empty-happening)', () => {
    const text =
      'There are events that occurred on April 20 that were not foreseen by me or BP, but which we need to address in the future as lessons learned from this terrible tragedy.';
    expect(whyNot(text, '2010-06-17')).toContain('occurred:title:empty-happening');
    expect(titles(text, '2010-06-17')).not.toContain('Events occurred');
  });

  it('keeps a happening its subject names', () => {
    expect(titles('The 2006 Alaskan pipeline spill occurred in March 2006.', '2010-06-01')).toContain('The 2006 Alaskan pipeline spill occurred');
  });
});

describe('clean: the writer and time of a BBC blog post glued before its first sentence', () => {
  it('cuts "Fergus Walsh | 10:25 UK time, Monday, 15 June 2009" (page-timestamp), and no title is made of it', () => {
    const raw =
      "Fergus Walsh | 10:25 UK time, Monday, 15 June 2009 I'm going to talk here about the risks associated with getting H1N1 swine flu during pregnancy.";
    const { text, removals } = explainClean(raw);
    expect(text).toBe("I'm going to talk here about the risks associated with getting H1N1 swine flu during pregnancy.");
    expect(removals.map((r) => r.rule)).toEqual(['page-timestamp']);
    // (Its gerund kept after "with", title:gerund-after-preposition-kept.)
    expect(titles(raw, '2009-06-15')).toContain("I'm associated with getting H1N1 swine flu");
    expect(titles(text, '2009-06-15')).toEqual([]);
  });
});

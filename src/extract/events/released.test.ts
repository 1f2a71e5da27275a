import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

const released = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time && m.rules.includes('title:release-as-passive'))
    .map((m) => [m.title, m.time?.value]);

describe('events/released: a document released on a day, told as a passive (title:release-as-passive)', () => {
  it('titles the release of a document named by its own words or its agent, dated by the participle', () => {
    expect(
      released(
        'The BP investigation released on 8 September said data from the fateful day suggested that oil and gas had passed through the cement at the bottom of the well.',
        '2010-09-08',
      ),
    ).toEqual([['The BP investigation was released', '2010-09-08']]);
    expect(released('By contrast, an estimate announced by US officials on 26 April put the flow at just 1,000 barrels per day.', '2010-06-16')).toEqual([
      ['An estimate was announced by US officials', '2010-04-26'],
    ]);
    expect(
      released(
        "American voters find the Obama administration's response to the BP oil spill lacking, and a majority thinks the administration is in over its head, according to a Fox News poll released Thursday.",
        '2010-06-10',
      ),
    ).toEqual([['A Fox News poll was released', '2010-06-10']]);
  });

  it('makes none of a document that does not say whose, nor of an agent cut inside its name', () => {
    expect(released('Analysts at UBS put the likely cost of this at $12 billion, in a report issued on Tuesday.', '2010-05-25')).toEqual([]);
    expect(
      released(
        'In the kind of harmonic convergence that sometimes happens inside the Capital Beltway, a new poll released on Monday by the Clean Energy Works campaign showed "overwhelming public support for comprehensive clean energy legislation".',
        '2010-05-27',
      ),
    ).toEqual([]);
  });

  it('makes none of what was done to a thing that is no document', () => {
    expect(
      released(
        'US Coast Guard Adm Thad Allen said the cement pushed through the top of the well last week had now hardened enough to allow workers to drill the final 100ft of the relief well.',
        '2010-08-09',
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** The dated mention of the verb's clause: its title and rules. */
const titled = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events: a title keeps what its last words need, or no title', () => {
  it('keeps what a list is of (`title:ending-keeps-of-phrase`)', () => {
    const list = 'Yesterday, Chrysler presented four investment bankers with a list of bonds and asked them to submit bids by this morning.';
    const m = titled(list, '1987-03-11').find((x) => x.title.startsWith('Chrysler presented'));
    expect(m?.title).toBe('Chrysler presented four investment bankers with a list of bonds');
    expect(m?.rules).toContain('title:ending-keeps-of-phrase');
  }, 60_000);

  it('keeps the span that bounds "first" (`title:ordinal-keeps-its-limit`)', () => {
    const first =
      'AMC, which last week reported its first profitable quarter in two years, said it wanted a contract for the plants with labor rates and work rules comparable to agreements between the UAW and Japanese automakers operating in the U.S.';
    const m = titled(first, '1987-03-02').find((x) => x.title.startsWith('AMC reported'));
    expect(m?.title).toBe('AMC reported its first profitable quarter in two years');
    expect(m?.rules).toContain('title:ordinal-keeps-its-limit');
  });

  it('keeps what an amount of money is (`title:amount-keeps-what-it-is`); money paid stands without it', () => {
    const earnings =
      'Analysts also noted that Hughes has contributed significantly to GM and that Gulfstream provided about 57 mln dlrs in pretax earnings to Chrysler last year.';
    const m = titled(earnings, '1987-06-19').find((x) => x.title.startsWith('Gulfstream'));
    expect(m?.title).toBe('Gulfstream provided about 57 mln dlrs in pretax earnings');
    expect(m?.rules).toContain('title:amount-keeps-what-it-is');
    const paid =
      'In March, pharmaceutical giant Pfizer was ordered by a Boston jury to pay $142 million in damages for wrongly marketing the epilepsy drug Neurontin as treatment for migraines and bipolar disorder.';
    expect(titled(paid, '2010-05-10').map((x) => x.title)).toContain('Pfizer was ordered by a Boston jury to pay $142 million');
  });

  it('keeps what a letter of intent intends (`title:deed-of-phrase`, `title:deed-keeps-content`)', () => {
    const intent =
      'Chrysler, which signed a letter of intent on March 9 to acquire AMC, said "considerable progress has been made, but a number of issues remain to be resolved."';
    const m = titled(intent, '1987-04-24').find((x) => x.title.startsWith('Chrysler signed'));
    expect(m?.title).toBe('Chrysler signed a letter of intent to acquire AMC');
    expect(m?.rules).toEqual(expect.arrayContaining(['title:deed-of-phrase', 'title:deed-keeps-content']));
    // (A letter alone is no deed: the title stands.)
    const letter = 'The conflict flared Thursday when Transocean fired off a scathing letter accusing BP of hoarding information.';
    expect(titled(letter, '2010-08-20').map((x) => x.title)).toContain('Transocean fired off a scathing letter');
  });

  it('makes no title of bare-plural contracts whose phrase is a list cut after one name (`title-cut:deed-list-cut`)', () => {
    const contracts =
      'The NHS signed contracts earlier this year with pharmaceutical companies Roche, which makes Tamiflu, and GlaxoSmithKline, which makes Relenza, to double its store of antiviral drugs, bringing our total capacity to 33.5 million treatment courses.';
    expect(titled(contracts, '2009-04-27').map((x) => x.title)).not.toContain('The NHS signed contracts');
    expect(whyNot(contracts, '2009-04-27')).toContain('signed:title-cut:deed-list-cut');
    // (A plural with a word before it stands: "filed separate lawsuits".)
    const lawsuits = 'Family members of two missing workers filed separate lawsuits Thursday accusing Transocean and BP of negligence.';
    expect(titled(lawsuits, '2010-04-23').map((x) => x.title)).toContain('Family members of two missing workers filed separate lawsuits');
  });

  it('keeps the participle that tells how (`title:manner-participle-kept`), not one after an object or of another time', () => {
    const masks =
      'In subways, buses, ferry terminals and on the streets, more people went about their business on Saturday wearing surgical masks, although some had masks fashioned out of cloth.';
    const m = titled(masks, '2009-05-02').find((x) => x.title.startsWith('More people'));
    expect(m?.title).toBe('More people went about their business wearing surgical masks');
    expect(m?.rules).toContain('title:manner-participle-kept');
    const robots = 'An operation to cap the leak was launched on Tuesday using underwater robots.';
    expect(titled(robots, '2010-06-02')[0]?.title).toBe('An operation to cap the leak was launched using underwater robots');
    const raising =
      'Yet the liability cap is problematic enough that a trio of Democratic senators introduced legislation Monday raising it to $10 billion, and the administration quickly announced its support.';
    expect(titled(raising, '2010-05-04').map((x) => x.title)).toContain('A trio of Democratic senators introduced legislation');
    const home = 'Bao arrived in Beijing on Friday having traveled home from America via Tokyo.';
    expect(titled(home, '2009-05-09')[0]?.title).toBe('Bao arrived in Beijing');
  });
});

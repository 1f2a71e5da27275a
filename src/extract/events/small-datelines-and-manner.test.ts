import { describe, expect, it } from 'vitest';
import { headerSpans, OPENING_DATELINE } from '../document';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('a wire dateline written small (Reuters 1987 stories saved in small letters)', () => {
  const text =
    'MOST BOLIVIAN CENTRAL BANK EMPLOYEES RESIGN\nLa paz, march 4 - about 1,000 bolivian central bank employees, more than 80 per cent of the workforce, accepted management terms to quit today, a union leader said.';

  it('is a header span, so the place is not the first clause’s subject (`dateline-written-small`)', () => {
    expect(headerSpans(text).map(([a, b]) => text.slice(a, b))).toContain('La paz, march 4 - ');
  });

  it('is no dateline in a sentence that writes its month in capitals', () => {
    const plain = 'MOBIL CUTS DEBT\nMobil Corp said, March 4 - the day of the vote - was chosen.';
    expect(headerSpans(plain).map(([a, b]) => plain.slice(a, b))).toEqual([]);
  });

  it('is the opening dateline events/wire-lede.ts reads too, whose month may be a capital; only the small one is a header', () => {
    // (Reuters, 13 April 1987: the place is not small, the month is a capital, the line is the story's first sentence.)
    const toronto = 'Toronto, April 13 - Shares of Dome Petroleum Ltd posted their biggest gain in months in the U.S. and Canada.';
    expect(OPENING_DATELINE.exec(toronto)?.[0]).toBe('Toronto, April 13 - ');
    expect(OPENING_DATELINE.exec(text.split('\n')[1])?.groups?.month).toBe('march');
    expect(headerSpans(toronto)).toEqual([]);
  });
});

describe('"in" and a bare noun before an infinitive says how, not what (`title:manner-phrase-before-infinitive`)', () => {
  it('keeps what was agreed after "in principle"', () => {
    // (The sentence's own words, its announcer left out.)
    const text = 'Philips agreed in principle on Tuesday to sell its European corn wet milling business to Ferruzzi.';
    const m = dated(text, '1987-03-26').find((x) => x.title.includes('agreed'));
    expect(m?.title).toBe('Philips agreed in principle to sell its European corn wet milling business');
    expect(m?.rules).toContain('title:manner-phrase-before-infinitive');
  });

  it('gives no title that ends on "agreed in principle" to what was announced (`title:announced-infinitive-after-phrase`)', () => {
    const text = 'CPC International announced Tuesday it had agreed in principle to sell its European corn wet millng business to Ferruzzi.';
    expect(dated(text, '1987-03-26').filter((x) => /in principle$/.test(x.title))).toEqual([]);
    expect(whyNot(text, '1987-03-26')).toContain('announced:verb-without-what');
  });
});

describe('goods and aid keep where they go (RELATIONAL_NOUNS "shipment", "export", "import", "aid")', () => {
  it('keeps "through South Africa" after "copper shipments" (`title:object-needs-its-phrase:relational`)', () => {
    const text = 'Zambia ended copper shipments through South Africa on Tuesday.';
    const m = dated(text, '1987-03-17').find((x) => x.title.includes('ended'));
    expect(m?.title).toBe('Zambia ended copper shipments through South Africa');
    expect(m?.rules).toContain('title:object-needs-its-phrase:relational');
  });

  it('writes no announced title that says all shipments ended', () => {
    const text =
      'Minister of Mines Patrick Chitambala confirmed on Tuesday that Zambia had ended copper shipments through South Africa and announced that its state-run mining company had closed down its liaison office in the white-ruled republic.';
    const titles = dated(text, '1987-03-17').map((x) => x.title);
    expect(titles.filter((x) => /copper shipments$/.test(x))).toEqual([]);
    expect(titles.some((x) => x.endsWith('copper shipments through South Africa'))).toBe(true);
  });

  it('keeps the phrase in what was announced (`title:announced-object-keeps-relational-phrase`)', () => {
    const text = 'The minister confirmed on Tuesday that Zambia had ended copper shipments through South Africa.';
    const m = dated(text, '1987-03-17').find((x) => x.rules.includes('title:what-was-announced'));
    expect(m?.title).toBe('The minister confirmed that Zambia had ended copper shipments through South Africa');
    expect(m?.rules).toContain('title:announced-object-keeps-relational-phrase');
  });
});

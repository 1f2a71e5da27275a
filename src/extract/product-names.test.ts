import { describe, expect, it } from 'vitest';
import { creditSpans, findActorMentions } from './actors';

const surfaces = (text: string) => findActorMentions(text).map((m) => m.surface);
const ruleOf = (text: string, surface: string) => findActorMentions(text).find((m) => m.surface === surface)?.rules ?? [];

describe('a product named by a kind-of-product acronym (product-acronym-in-name)', () => {
  it('keeps "Mac OS X Lion" and "Mac OS X Snow Leopard" whole, not "Mac"', () => {
    const text =
      'Mac OS X Lion was announced at a different Apple event several months ago and will replace Mac OS X Snow Leopard, which was released in 2009.';
    expect(surfaces(text)).toContain('Mac OS X Lion');
    expect(surfaces(text)).toContain('Mac OS X Snow Leopard');
    expect(surfaces(text)).not.toContain('Mac');
    expect(ruleOf(text, 'Mac OS X Snow Leopard')).toContain('product-acronym-in-name');
    expect(findActorMentions(text).find((m) => m.surface === 'Mac OS X Lion')?.kind).toBe('other');
  });

  it('keeps "Apple TV" whole, not "TV"', () => {
    const text = 'Apple introduces iPhone and Apple TV';
    expect(surfaces(text)).toEqual(['Apple', 'iPhone', 'Apple TV']);
    expect(ruleOf(text, 'Apple TV')).toContain('product-acronym-in-name');
  });

  it('still ends a person\'s name at another acronym ("Robert Peston BBC business editor")', () => {
    expect(surfaces('End Quote Robert Peston BBC business editor said the shares fell.')).not.toContain('Robert Peston BBC');
  });
});

describe("a model number before a list's comma (model-number-before-list-comma)", () => {
  it('keeps "iOS 5" whole in "Mac OS X Lion, iOS 5, and iCloud"', () => {
    const text = 'Apple announces Mac OS X Lion, iOS 5, and iCloud';
    expect(surfaces(text)).toContain('iOS 5');
    expect(surfaces(text)).not.toContain('iOS');
    expect(ruleOf(text, 'iOS 5')).toContain('model-number-before-list-comma');
  });

  it('still reads a range of counts as no model ("between 5 and 10")', () => {
    expect(surfaces('Apple 5 and 10 percent')).not.toContain('Apple 5');
  });
});

describe('a publication online written small before its name (company-cue)', () => {
  it('makes Gizmodo an organisation in "the technology blog Gizmodo obtained a prototype"', () => {
    const m = findActorMentions('In April, the technology blog Gizmodo obtained a prototype of the new phone and published details of it online.');
    const g = m.find((x) => x.surface === 'Gizmodo');
    expect(g?.kind).toBe('organization');
    expect(g?.rules).toContain('company-cue');
  });
});

describe('a thing released after "the" (released-after-the)', () => {
  it('makes "the Shuffle" a product in "after the Shuffle was introduced in January"', () => {
    const m = findActorMentions('The iPod nano is the second model of the iPod family to utilize flash memory, after the Shuffle was introduced in January.');
    const s = m.find((x) => x.surface === 'Shuffle');
    expect(s?.kind).toBe('other');
    expect(s?.rules).toContain('released-after-the');
  });

  it('makes no product of a person released ("Megrahi was released")', () => {
    expect(findActorMentions('Megrahi was released in August.').map((x) => [x.surface, x.kind])).toEqual([['Megrahi', 'person']]);
  });
});

describe('"produced by", "written by" in prose credit no one (reporting-credit)', () => {
  it('keeps the actors after "the laptops produced by Apple"', () => {
    const text =
      "The company's revenue growth is partially explained by the fact that the laptops produced by Apple are also found among the bestsellers. During the first quarter of the financial year Apple Inc. sold more than 21 million iPod players.";
    expect(creditSpans(text)).toEqual([]);
    expect(findActorMentions(text).map((m) => m.surface)).toContain('Apple Inc');
  });

  it('keeps "written by BP and the oil industry" in a quote, and the credits of a Reuters story', () => {
    expect(
      creditSpans(
        '"The environmental documents would no longer be written by BP and the oil industry, they would have been written by government scientists," he said.',
      ),
    ).toEqual([]);
    const credit = '(Reporting by Carey Gillam; additional reporting by Bob Burgdorfer in Chicago, Editing by Sam Nelson)';
    expect(creditSpans(credit).map((c) => credit.slice(c.start, c.end))).toEqual([
      'Reporting by Carey Gillam',
      'additional reporting by Bob Burgdorfer in Chicago, Editing by Sam Nelson',
    ]);
  });
});

describe('a model word written small after a name with an inner capital (model-word-after-camel-name)', () => {
  it('names "iPod nano", not "iPod", where the document writes "nano" only after "iPod"', () => {
    const text =
      'Apple unveils iPod nano\n\nApple Computer unveiled its latest addition to the iPod line, the iPod nano. The iPod nano is the second model of the iPod family to utilize flash memory.';
    const m = findActorMentions(text);
    expect(m.filter((x) => x.surface === 'iPod nano').length).toBe(3);
    expect(m.find((x) => x.surface === 'iPod nano')?.rules).toContain('model-word-after-camel-name');
    expect(m.filter((x) => x.surface === 'iPod').length).toBe(2);
  });

  it('takes no word of the dictionaries ("iPod sales")', () => {
    expect(surfaces('Apple said iPod sales rose. The iPod sales figures were strong.')).not.toContain('iPod sales');
  });
});

describe('one plural name after "by the" (plural-name-after-by-the)', () => {
  it('makes the Beatles a group in "Apple Corps was founded by the Beatles in 1968"', () => {
    const b = findActorMentions('Apple Corps was founded by the Beatles in 1968.').find((x) => x.surface === 'Beatles');
    expect(b?.kind).toBe('organization');
    expect(b?.rules).toContain('plural-name-after-by-the');
  });
});

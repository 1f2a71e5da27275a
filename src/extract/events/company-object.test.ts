import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('"the company" after the verb names the one company named before (object:company-named-before)', () => {
  // (Sentences of one article: Apple, named in its first and its last, is a company of the article.)
  const text =
    'The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the age of 56, according to the company website. On August 24, Jobs resigned from his post as CEO. He has been fighting pancreatic cancer since 2004. Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world, with a market value of $348.8 billion. He started Apple in 1976, and in 1984 the first Macintosh personal computer was released to the public. One year later he was fired from the company and he founded NeXT. In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released.';

  // (A sentence of another article of the collection: "computer company Apple" says Apple is a company.)
  const said = 'The American computer company Apple has reached 78 percent increase in its profits during the last quarter, which ended December 30, 2006.';

  it('"he was fired from the company" → "Jobs was fired from Apple", the quote holding where Apple is named', () => {
    const m = events(`${text} ${said}`, '2011-10-06').find((x) => x.title.includes('fired'));
    expect(m?.title).toMatch(/Jobs was fired from Apple$/);
    expect(m?.rules).toContain('object:company-named-before');
    expect(m?.sentence.text).toContain('He started Apple in 1976');
  });

  it('drops "Steve Jobs was fired from the company" when two companies are named before it (which one, a reader cannot tell: object-cannot-be-placed:company-not-named)', () => {
    // (The article's next sentence, set before: Apple and The Walt Disney Company are both named.)
    // (Jobs named, not "he": with a sentence between that names no one as a subject, "he" is left unresolved first.)
    const two = text
      .replace('One year later', 'In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005. One year later')
      .replace('he was fired', 'Jobs was fired');
    expect(events(`${two} ${said}`, '2011-10-06').find((x) => x.title.includes('fired'))).toBeUndefined();
    expect(whyNot(`${two} ${said}`, '2011-10-06')).toContain('fired:object-cannot-be-placed:company-not-named');
  });
});

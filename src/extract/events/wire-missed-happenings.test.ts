/**
 * Dated happenings in wire copy that need their date, phrase or demand read past what lies between them and their verb:
 * a relative clause after a date, a time between a verb and its phrase, a time between "called" and "for".
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe("a date between a thing made and its relative clause is the verb's (date:verb-of-a-thing-made)", () => {
  it('"Ongpin presented a revised proposal on Monday which sought to satisfy the banks\' objections" (Reuters, 12 March 1987)', () => {
    const text =
      "The banks rejected the original PINs proposal last Friday, but Ongpin presented a revised proposal on Monday which sought to satisfy the banks' objections by guaranteeing that the notes would yield 7/8 pct over LIBOR in cash.";
    const m = events(text, '1987-03-12').find((x) => x.title.includes('presented'));
    expect(m?.time?.value).toBe('1987-03-09');
    expect(m?.title).toContain('presented a revised proposal');
    expect(m?.rules).toContain('date:verb-of-a-thing-made');
  });

  it('a happening before the relative keeps the date: "followed a poll by CBS News yesterday which found"', () => {
    expect(whyNot("Obama's statement followed a poll by CBS News yesterday which found 70% disapproval.", '2010-05-27')).toContain(
      'followed:date:names-a-noun',
    );
  });

  it('not a date that names the thing: "revoked the directive of May 2019 which", "withdrew the tobacco bill from March which"', () => {
    expect(whyNot('President Biden revoked the directive of May 2019 which limited asylum claims.', '2024-03-20')).toContain('revoked:date:names-a-noun');
    expect(whyNot('Prime Minister Sunak withdrew the tobacco bill from March which would have banned smoking.', '2024-03-20')).toContain(
      'withdrew:date:names-a-noun',
    );
  });
});

describe('a verb that needs what it did takes its phrase past a time (title:phrase-past-time)', () => {
  it('"Aart de Zeeuw ... met this morning with members of the House Agriculture Committee" (Reuters, 8 April 1987)', () => {
    const text =
      "Aart de Zeeuw, chairman of the General Agreement on Tariffs and Trade's negotiating group on agriculture, met this morning with members of the House Agriculture Committee.";
    const m = events(text, '1987-04-08').find((x) => x.title.includes('met'));
    expect(m?.title).toBe('Aart de Zeeuw met with members of the House Agriculture Committee');
    expect(m?.time?.value).toBe('1987-04-08');
    expect(m?.rules).toContain('title:phrase-past-time');
  });

  it('not past a word the title would leave out: "Lamborghini ... broke even last year on sales of 29 billion lire"', () => {
    // (Read past "last year", the title was "Lamborghini broke on sales of 29 billion lire"; "broke" alone says nothing.)
    const text = 'Lamborghini, which is controlled by the Mimran Group of Switzerland, broke even last year on sales of 29 billion lire, he said.';
    expect(events(text, '1987-03-24').some((x) => x.title.includes('broke on'))).toBe(false);
    expect(whyNot(text, '1987-03-24')).toContain('broke:verb-without-what:needs-object');
  });

  it('not a relative read as a complement: "a statement that ... Browner made Wednesday on NBC\'s "Today" show"', () => {
    const text =
      'Those facts did not seem to support a statement that White House climate and energy czar Carol M. Browner made Wednesday on NBC\'s "Today" show.';
    // (Read past "Wednesday", the title was "... Carol M. Browner made on NBC's"; "made" alone says nothing.)
    expect(events(text, '2010-08-05').some((x) => x.title.includes('made on'))).toBe(false);
    expect(whyNot(text, '2010-08-05')).toContain('made:verb-without-what:needs-object');
  });
});

describe('"called for" is a demand made in public, not a saying (happening:called-for)', () => {
  it('"Yesterday Funaro called for a new forum for discussion of the foreign debt" (Reuters, Brazil 1987)', () => {
    const text = 'Yesterday Funaro called for a new forum for discussion of the foreign debt.';
    const m = events(text, '1987-03-10').find((x) => x.title.includes('called for'));
    expect(m?.title).toContain('Funaro called for a new forum');
    expect(m?.time?.value).toBe('1987-03-09');
    expect(m?.rules).toContain('happening:called-for');
  });

  it('"called this week for the debt to be rescheduled": a demand, no saying (Reuters, 4 March 1987)', () => {
    const text = "The conservative party and the country's largest trade union called this week for the debt to be rescheduled following the price drop.";
    expect(whyNot(text, '1987-03-04')).not.toContain('called:saying-verb');
    expect(events(text, '1987-03-04').filter((x) => /called for the debt$/.test(x.title))).toEqual([]);
    // (With one subject the title keeps what was called for.)
    const m = events('The conservative party called this week for the debt to be rescheduled.', '1987-03-04')[0];
    expect(m?.title).toBe('The conservative party called for the debt to be rescheduled');
    expect(m?.rules).toContain('happening:called-for');
  });

  // (A known miss: with the two subjects the parse takes "this week" for the object's start, and the clause is set aside
  // as `verb-without-what:object-not-parsed`.)
  it.todo('"The conservative party and the country\'s largest trade union called this week for the debt to be rescheduled" gives its title');
});

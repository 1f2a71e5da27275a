import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('an office "of" a company with its legal form, then a name, before the verb (title:name-after-office-of-company)', () => {
  it('"The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died" → "Steve Jobs has died"', () => {
    const m = events(
      'The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the age of 56, according to the company website.',
      '2011-10-06',
    ).find((x) => x.title.endsWith('has died'));
    expect(m?.title).toBe('Steve Jobs has died');
    expect(m?.rules).toContain('title:name-after-office-of-company');
    // (The company only says where he held the office: it takes no part in his death.)
    expect(m?.actors).toEqual(['steve-jobs']);
  });

  it('leaves an office of a company with no name after its legal form: "A top executive of BP PLC, which ..."', () => {
    const m = events(
      'A top executive of BP PLC, which leased the rig for exploratory drilling, focuses on a critical safety device that was supposed to shut off oil flow on the ocean floor in the event of a well blowout but "failed to operate."',
      '2010-05-11',
    );
    expect(m.flatMap((x) => x.rules)).not.toContain('title:name-after-office-of-company');
    expect(m.map((x) => x.title).filter((x) => /^BP PLC\b|^PLC\b/.test(x))).toEqual([]);
  });
});

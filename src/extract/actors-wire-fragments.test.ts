import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

// Reuters wire copy of 1987: statistics, adjectives and pieces of longer names that were listed as actors.
const surfaces = (text: string, setAside?: Array<{ word: string; rule: string }>) => findActorMentions(text, undefined, setAside).map((m) => m.surface);

describe('actors of wire copy: no statistic, no adjective, no piece of a longer name', () => {
  it('lists no monetary aggregate as an actor: "Total M1", "Local M2", "M3" (monetary-aggregate)', () => {
    const aside: Array<{ word: string; rule: string }> = [];
    expect(surfaces('Total M1 rose 12 pct to 62.3 billion dlrs.', aside)).toEqual([]);
    expect(surfaces('Local M2 rose 4.7 pct.', aside)).toEqual([]);
    expect(surfaces('Total M2 rose 3.3 pct to 376.6 billion dlrs.', aside)).toEqual([]);
    expect(surfaces('Local currency M3 rose 3.6 pct to 251.2 billion dlrs.', aside)).toEqual([]);
    expect(aside).toContainEqual({ word: 'Total M1', rule: 'monetary-aggregate' });
    expect(aside).toContainEqual({ word: 'M3', rule: 'monetary-aggregate' });
    // (the place whose money supply it is stays)
    expect(surfaces("HONG KONG, March 3 - Hong Kong's broadly defined M3 money supply rose 2.2 pct to 498.4 billion dlrs in February.")).toEqual(['Hong Kong']);
  });

  it('reads "Philippine" before a noun as the adjective of the Philippines, no actor "Philippine"', () => {
    const text =
      'Toyota severed ties with its Philippine partner of 20 years, Delta Motor Corp, in 1984 because the local company was suffering financial difficulties.';
    expect(surfaces(text)).not.toContain('Philippine');
    expect(surfaces(text)).toContain('Delta Motor Corp');
    // ("the Philippine government": the state, as "the Russian government")
    expect(findActorMentions('The Philippine government said it would sell its stake.')[0]?.key).toBe('country:Philippines');
    expect(surfaces('Philippine Airlines said it ordered two jets.')).toEqual(['Philippine Airlines']);
  });

  it('reads "Hospital Corp of America" as one company, no country "United States"', () => {
    // (Both country-ends-company-name and head-word-before-legal-form read it whole; the head word "Hospital" rules first.)
    const m = findActorMentions(
      'NASHVILLE, Tenn., June 1 - Hospital Corp of America said it received financing commitments of about 1.9 billion dlrs to pay for its previously announced reorganization.',
    );
    expect(m.map((x) => [x.surface, x.kind, x.rules])).toEqual([
      ['Hospital Corp of America', 'organization', ['organisation-head-word', 'head-word-before-legal-form']],
    ]);
    expect(m.some((x) => x.key === 'country:United States')).toBe(false);
  });

  it('reads "Hong Kong Land shares" as the company Hong Kong Land, no "Land" (country-starts-company-name)', () => {
    const m = findActorMentions('Hong Kong Land shares gained 30 cts to close at eight dlrs each yesterday, while JSH was up 50 cts at 12.');
    expect(m.find((x) => x.surface === 'Hong Kong Land')).toMatchObject({ kind: 'organization', rules: ['country-starts-company-name'] });
    expect(m.map((x) => x.surface)).not.toContain('Land');
    expect(m.map((x) => x.surface)).not.toContain('Hong Kong');
  });

  it('lists no "White House" from a former holder\'s title (organisation-of-former-title)', () => {
    const aside: Array<{ word: string; rule: string }> = [];
    const a = surfaces(
      'Former White House Chief of Staff Donald Regan, who resigned last week when ex-senator Howard Baker was named as his replacement, was implacably opposed to Volcker and tried often to undermine him.',
      aside,
    );
    expect(a).not.toContain('White House');
    expect(a).toContain('Donald Regan');
    expect(aside).toContainEqual({ word: 'White House', rule: 'organisation-of-former-title' });
  });
});

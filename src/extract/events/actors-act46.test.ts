import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// Helper act46: named participants of a happening's clause that yielded no actor (1987 wire copy, audits wire44, wire42).
describe('what an attack hits takes part in it (participants:target-of-attack)', () => {
  it('lists Iran, whose oilfield the raids were on', () => {
    const text = "BAGHDAD, March 23 - Iraq said its warplanes today launched two bombing raids on Iran's offshore Nowruz oilfield in the northern Gulf.";
    const m = events(text, '1987-03-23').find((x) => x.title.includes('raids'));
    expect(m?.actors).toContain('iran');
    expect(m?.actors).toContain('iraq');
    expect(m?.rules).toContain('participants:target-of-attack');
  }, 60_000);

  it('lists no place an "on" phrase after another word gives', () => {
    const text = "BAGHDAD, March 23 - Iraq today launched a new pipeline on Iran's border.";
    const m = events(text, '1987-03-23').find((x) => x.title.includes('launched'));
    expect(m?.rules ?? []).not.toContain('participants:target-of-attack');
  }, 60_000);
});

describe("companies named by a short form in the happening's clause", () => {
  it('lists Iowa Beef Processors for "Iowa Beef closed the plant" (state-starts-company-name)', () => {
    const text = [
      '# OCCIDENTAL UNIT OXY LIFTS LOCKOUT',
      'CHICAGO, March 12 - Iowa Beef Processors Inc is lifting a lockout at its Dakota City, Nebraska processing plant and plans to resume operations March 16, United Food and Commercial Workers Union spokesman Allen Zack said by phone from his Washington, D.C. headquarters.',
      'The letter was signed by four managers at the Dakota City plant.',
      'Iowa Beef closed the proessing plant indefinitely in mid-December because, it said, it had no alternative to threats by meatpackers to disrupt operations.',
    ].join('\n\n');
    const m = events(text, '1987-03-12').find((x) => x.title.startsWith('Iowa Beef closed'));
    expect(m?.actors).toEqual(['iowa-beef-processors-inc']);
  }, 60_000);

  it('lists Snamprogetti, the company of Italy, for what it built (name-of-country)', () => {
    const text =
      'PORT OF SPAIN, TRINIDAD, March 24 - Trinidad and Tobago is finalizing arrangements with Union Carbide UK of the United States and Snamprogetti of Italy for the construction of a methanol plant. Snamprogetti built the first methanol refinery on trinidad five years ago.';
    const m = events(text, '1987-03-24').find((x) => x.title.startsWith('Snamprogetti built'));
    expect(m?.actors).toEqual(['snamprogetti']);
  }, 60_000);
});

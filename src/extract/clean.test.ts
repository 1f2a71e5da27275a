import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { documentVocabulary, repairGluedWords } from './glued-words';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('cleanText on a saved web page', () => {
  const { text, removed } = cleanText(fixture('saved-page-chrome.txt'));

  it('keeps the headline, the byline and every article paragraph', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('North Korea Extends Warm Welcome to Russia’s Defense Minister');
    expect(lines[1]).toBe('News Room By News Room November 30, 2024');
    expect(text).toContain('In a recent meeting between North Korean leader Kim Jong-un');
    expect(text).toContain('North Korea has allegedly dispatched over 10,000 troops to assist Russian forces.');
  });

  it('drops menus, trending teasers with their dates, share bars, reading lists, sign-in and footer', () => {
    for (const chrome of [
      'Close Menu',
      'Trending',
      'Brent fire deaths',
      'May 24, 2025',
      'Facebook',
      'Keep Reading',
      'Boeing',
      'Subscribe to News',
      'Privacy Policy',
      'Type above',
      'Sign In or Register',
      'Welcome Back!',
      'Lost password?',
      '©',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('keeps paragraphs apart and starts and ends without blank lines', () => {
    expect(text).toMatch(/comes amid increasing global scrutiny\.\n\nThe extent/);
    expect(text).not.toMatch(/^\s|\s$/);
  });

  it('hands the removed footer to the document stage, which reads the publisher from it', () => {
    expect(removed).toContain('2025 © Euro News Source. All Rights Reserved.');
  });
});

describe('cleanText on generated text with references', () => {
  const { text } = cleanText(fixture('generated-with-references.txt'));

  it('keeps the title line and the dateline', () => {
    expect(text.split('\n')[0]).toBe('Kim Jong Un Meets with Russian Defense Minister, Signaling Strengthened Ties Amidst Geopolitical Tensions');
    expect(text).toContain('Seoul, December 1, 2024 – North Korean state media reported');
  });

  it('drops the references list with its placeholder links, the note about them and the view counter', () => {
    for (const junk of ['References:', '[Insert', '(Note: This article', 'Views: 0']) expect(text).not.toContain(junk);
  });

  it('repairs words glued by lost spaces', () => {
    for (const repaired of [
      'between Pyongyang',
      'signaling North Korea',
      'While the specifics',
      'be interpreted',
      'geopolitical landscape',
      'to North Korea.',
    ]) {
      expect(text).toContain(repaired);
    }
  });
});

describe('cleanText inside the article', () => {
  it('drops an "ALSO READ:" teaser between paragraphs but keeps the paragraphs around it', () => {
    const para = (n: number) => `Paragraph ${n} says that North Korea has supplied over 10,000 containers of ammunition and rocket launchers to Russia.`;
    const { text, removed } = cleanText(
      [para(1), "ALSO READ: Trump's January 6 case dismissed as President-elect decries 'Political Hijacking'", para(2)].join('\n'),
    );
    expect(text).toBe(`${para(1)}\n${para(2)}`);
    expect(removed).toEqual(["ALSO READ: Trump's January 6 case dismissed as President-elect decries 'Political Hijacking'"]);
  });

  it('keeps a short one-sentence paragraph inside the body', () => {
    const long =
      'Military officials from both nations have reiterated their resolve to support each other amid adversity, framing their cooperation as integral.';
    const { text } = cleanText(`${long}\nThe mutual expressions of solidarity are intriguing.\n${long}`);
    expect(text).toContain('The mutual expressions of solidarity are intriguing.');
  });
});

describe('repairGluedWords', () => {
  it('splits a lower-case word glued to a capitalized one: "betweenPyongyang", "NorthKorea"', () => {
    expect(repairGluedWords('ties betweenPyongyang and Moscow, signalingNorth Korea, from NorthKorea')).toBe(
      'ties between Pyongyang and Moscow, signaling North Korea, from North Korea',
    );
  });

  it('keeps camel-case names whole: iPhone, McCain, MacBook, YouTube, DeSantis, LinkedIn, WhatsApp', () => {
    const names = 'iPhone iPod McDonald MacBook YouTube PlayStation LinkedIn WhatsApp JavaScript DeSantis McCain';
    expect(repairGluedWords(names)).toBe(names);
  });

  it('splits glued lower-case words next to a short function word: "Whilethe", "beinterpreted", "linkhere"', () => {
    expect(repairGluedWords('Whilethe talks can beinterpreted as a challenge [article linkhere]')).toBe(
      'While the talks can be interpreted as a challenge [article link here]',
    );
  });

  it('splits two content words only when the document uses one of them on its own', () => {
    const vocabulary = new Map([['geopolitical', 2]]);
    expect(repairGluedWords('the geopoliticallandscape of Asia', vocabulary)).toBe('the geopolitical landscape of Asia');
  });

  it('never splits real words', () => {
    const words =
      'together somewhere meanwhile nonetheless underscores territorial policy defending headlines frontlines counteracting interplay reaffirming realigning Washington Newcastle';
    expect(repairGluedWords(words)).toBe(words);
  });

  it('never splits British spellings or derived words the document also uses in part ("met", "president")', () => {
    const line =
      "On March 6, a Russian missile exploded a few hundred metres from a convoy. Putin declared victory in Russia's presidential election, the president met them several kilometres away.";
    expect(repairGluedWords(line, documentVocabulary(line))).toBe(line);
  });
});

describe('repairGluedWords leaves real words and names whole', () => {
  it("keeps 'Governor', 'Paterson' and 'Johnson' (they end in function words but are not glued)", () => {
    expect(repairGluedWords('Central Bank Governor Sigrid Petrenko met Paterson and Johnson.')).toBe(
      'Central Bank Governor Sigrid Petrenko met Paterson and Johnson.',
    );
  });
  it("still repairs 'linkhere', 'Whilethe' and 'beinterpreted'", () => {
    expect(repairGluedWords('linkhere Whilethe beinterpreted')).toBe('link here While the be interpreted');
  });
});

describe('cleanText: an article that is a list of dated events', () => {
  it('keeps the headline, the byline, the introduction and every item, down to the last short one', () => {
    const raw = [
      "Timeline: Key events in Sudan's war",
      '',
      'Al Jazeera — 15 April 2024',
      '',
      "Fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) has killed more than 14,000 people. Here are the key events:",
      '',
      '- April 15, 2023: Clashes erupt in Khartoum between the army led by Abdel Fattah al-Burhan and the RSF led by Mohamed Hamdan Dagalo.',
      '- May 20, 2023: The two sides sign a seven-day ceasefire in Jeddah, brokered by Saudi Arabia and the United States.',
      '- December 18, 2023: RSF fighters seize Wad Madani, the capital of Gezira state.',
      '- February 2024: The army recaptures parts of Omdurman.',
    ].join('\n');
    const { text, removed } = cleanText(raw);
    expect(removed).toEqual([]);
    expect(text.startsWith("Timeline: Key events in Sudan's war")).toBe(true);
    expect(text.endsWith('- February 2024: The army recaptures parts of Omdurman.')).toBe(true);
  });
});

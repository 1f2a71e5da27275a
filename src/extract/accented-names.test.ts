import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { readDocument } from './read';

/**
 * A name with a letter outside ASCII, from the bytes to the actor. The Timeline17 copy of this Guardian sentence reads
 * "Hugo Ch vez" (its files are plain ASCII, a space where each such letter was), which actors.ts keeps whole
 * (`name-joined-at-lost-letter`); where the bytes hold the "á", reading and the actor keep it.
 */
describe('a name with an accented letter', () => {
  const sentence = "On Monday, Venezuela's president Hugo Chávez announced halting a program that provided free heating oil to low-income US citizens.";

  it('is the actor "Hugo Chávez" from UTF-8 and from Windows-1252 bytes', () => {
    for (const bytes of [new TextEncoder().encode(sentence), Uint8Array.from([...sentence].map((c) => c.charCodeAt(0)))]) {
      const read = readDocument('a.txt', bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(findActorMentions(read.raw).map((m) => m.surface)).toContain('Hugo Chávez');
    }
  });
});

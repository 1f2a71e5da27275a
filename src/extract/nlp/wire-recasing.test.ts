import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { eventCandidates } from '../events/candidates';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { analyseText } from './analyse';
import { dottedAcronymBeforeSpace, undoWireRecasing } from './wire-recasing';

describe('words wire recasing capitalised after a dotted acronym (Reuters 1987)', () => {
  it('are read and written in lower case, every offset kept (`title:wire-recasing-undone`)', () => {
    const text =
      'The U.S. Presented its case for the first time to the aircraft committee of the General Agreement on Tariffs and Trade (GATT) during a special two-day session ending today.';
    const recased = undoWireRecasing(text);
    expect(recased.length).toBe(text.length);
    expect(recased).toContain('The U.S. presented its case');
    // ("ending today" dates the session, not the presenting, date-scope:not-an-ing-participle-of-another-noun, so the
    // sentence makes no record; the clause is read with its verb in lower case all the same, and its title's words are
    // the recased ones.)
    expect(whyNot(text, '1987-03-20')).toContain('presented:no-date-in-clause');
    const c = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '1987-03-20')).candidates.find(
      (x) => x.verb === 'presented',
    );
    expect(c?.title.map((r) => recased.slice(r.start, r.end)).join(' ')).toBe('The U.S. presented its case');
  });

  it('give the sentence its verb back: "The U.S. Charges that ..." is no title "The U.S. Charges laid down in ..." (`participle:says-which-object`)', () => {
    const text = 'The U.S. Charges that the Europeans are violating rules laid down in the 1979 Agreement on Trade in Civil Aircraft.';
    expect(undoWireRecasing(text)).toContain('The U.S. charges that');
    expect(events(text, '1987-03-20').map((m) => m.title)).toEqual([]);
    expect(whyNot(text, '1987-03-20')).toContain('laid:participle:says-which-object');
  });

  it('keep the capital of a name, a sentence opener, and a word the article writes with its capital elsewhere', () => {
    expect(undoWireRecasing('The U.S. Supreme Court ruled.')).toBe('The U.S. Supreme Court ruled.');
    expect(undoWireRecasing('He met the U.S. Securities and Exchange Commission.')).toBe('He met the U.S. Securities and Exchange Commission.');
    expect(undoWireRecasing('It angered the U.S. He said so.')).toBe('It angered the U.S. He said so.');
    expect(undoWireRecasing('The U.S. Trade officials met on the General Agreement on Tariffs and Trade.')).toContain('U.S. Trade officials');
    expect(undoWireRecasing('Officials said the U.S. Is spending more.')).toBe('Officials said the U.S. is spending more.');
  });
});

describe('the search for words recased after a dotted acronym', () => {
  // (undoWireRecasing searches only a text with a full stop and a space after a dotted acronym: dottedAcronymBeforeSpace.)
  it('is made in a text with "U.S. " written, an acronym of letters outside the BMP included, and not in one without', () => {
    expect(dottedAcronymBeforeSpace('The U.S. Presented its case for the first time to the aircraft committee.')).toBe(true);
    expect(dottedAcronymBeforeSpace('The \u{1D400}.\u{1D401}. Presented its case.')).toBe(true);
    expect(dottedAcronymBeforeSpace('BP capped the well. Oil stopped flowing on Thursday.')).toBe(false);
    const text = 'BP capped the well. Oil stopped flowing on Thursday.';
    expect(undoWireRecasing(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

describe('actors: a name given "only as" is a person\'s (`named-only-as`)', () => {
  const bao =
    'The 30-year-old patient, who has been named only as Bao, tested positive for the type-A H1N1 virus.\n' +
    'Bao arrived in Beijing on Friday having traveled home from America via Tokyo.';

  it('makes "Bao" a person wherever the article writes it', () => {
    const bao2 = findActorMentions(bao).filter((m) => m.surface === 'Bao');
    expect(bao2).toHaveLength(2);
    for (const m of bao2) expect(m).toMatchObject({ kind: 'person' });
    expect(bao2[0].rules).toContain('named-only-as');
  });

  it('lists Bao on "Bao arrived in Beijing"', () => {
    const arrived = events(bao, '2009-05-11').find((m) => m.title === 'Bao arrived in Beijing');
    expect(arrived?.actors).toEqual(['bao']);
  }, 60_000);
});

describe('actors: a thing "known only as" a name is no person (`named-only-as` only after "named" or "identified")', () => {
  it('gives "Corexit" no named-only-as in "BP sprayed a dispersant known only as Corexit"', () => {
    const text = 'BP sprayed a dispersant known only as Corexit on the slick on Monday.\nCorexit was used in large amounts.';
    const corexit = findActorMentions(text).filter((m) => m.surface === 'Corexit');
    expect(corexit).toHaveLength(2);
    for (const m of corexit) expect(m.rules).not.toContain('named-only-as');
  });
});

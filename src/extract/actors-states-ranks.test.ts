import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

const names = (text: string) => findActorMentions(text).map((m) => [m.surface, m.kind, m.rules]);

describe('who acts: a state, a father and son, a rank', () => {
  it('lists a US state that opens its clause and acts: "Alabama became the first state to sue BP" (state-acts)', () => {
    const text = 'On Friday, Alabama became the first state to sue BP for damage from the oil spill.';
    expect(names(text)).toContainEqual(['Alabama', 'place', ['state-acts']]);
    const [m] = events(text, '2010-08-15');
    expect(m.title).toBe('Alabama became the first state to sue BP');
    expect(m.actors).toContain('alabama');
    // every state of a list that opens the clause
    expect(names('Louisiana, Mississippi and Alabama later declared emergencies.').map(([s]) => s)).toEqual(['Louisiana', 'Mississippi', 'Alabama']);
    // where, not who
    expect(names('Beaches in Louisiana, Mississippi and Alabama were closed.').some(([, , r]) => (r as string[]).includes('state-acts'))).toBe(false);
    expect(names('Officials in Mobile, Alabama, have said the beaches are closed.').some(([s]) => s === 'Alabama')).toBe(false);
    expect(names('Louisiana officials said the beaches are closed.').some(([s]) => s === 'Louisiana')).toBe(false);
  });

  it('reads two capitals between a given name and a surname as middle initials: "George HW Bush" (middle-initials)', () => {
    const text =
      'Back in 1988, the Democrat Michael Dukakis ran for president against George HW Bush by saying that the election was "about competence, not ideology". Then came George W Bush.';
    expect(names(text)).toContainEqual(['George HW Bush', 'person', ['middle-initials', 'known-first-name']]);
    const [m] = events(text, '2010-06-04');
    expect(m.actors).toEqual(['michael-dukakis', 'george-hw-bush']);
    // an acronym after a person's name still ends it
    expect(names('Mark Bly BP said the cement failed.').map(([s]) => s)).not.toContain('Mark Bly BP');
    // (a heading in capitals is no name: "SYMPTOMS - WHAT TO DO Swine flu symptoms are similar ...")
    expect(names('SYMPTOMS - WHAT TO DO Swine flu symptoms are similar to those produced by ordinary seasonal flu.').map(([s]) => s)).not.toContain(
      'TO DO Swine',
    );
  });

  it('takes no service from before a sayer\'s rank: "retired Coast Guard Admiral Thad Allen ... said" (actors:institution-in-office-title)', () => {
    const [m] = events(
      'On Friday, retired Coast Guard Admiral Thad Allen, the US government\'s incident commander, said the damaged blowout preventer had been successfully replaced by a new one, and there had been "no observable release of hydrocarbons from the well head" during the operation.',
      '2010-09-04',
    );
    expect(m.title).toBe('Thad Allen said the damaged blowout preventer had been successfully replaced');
    expect(m.actors).toEqual(['thad-allen']);
    expect(m.rules).toContain('actors:institution-in-office-title');
  });

  it('takes no maker of the subject: "A commission appointed by Barack Obama ... turned its sights" (participants:maker-of-subject)', () => {
    // (A word before "commission" says which: the bare "A commission ... turned" makes no event, events/which-left-out.ts.)
    const [m] = events(
      "A presidential commission appointed by Barack Obama to uncover the cause of America's worst environmental disaster turned its sights today on the clash of wills between BP and the operator of the doomed Deepwater Horizon rig.",
      '2010-07-13',
    );
    expect(m.actors).not.toContain('barack-obama');
    expect(m.rules).toContain('participants:maker-of-subject');
    // an organisation's own commission: it takes part
    const [o] = events(
      'Last year an expert commission convened by the Pew Research Center issued a report on "industrial farm animal production" that underscored the acute danger.',
      '2009-04-30',
    );
    expect(o.actors).toEqual(['pew-research-center']);
    // a lessee takes part
    const [n] = events('A drilling rig leased by BP exploded on 20 April.', '2010-07-13');
    expect(n.actors).toEqual(['bp']);
    expect(n.rules).not.toContain('participants:maker-of-subject');
  });
});

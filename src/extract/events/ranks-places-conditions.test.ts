import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../actors';
import { events, whyNot } from '../events.harness';

const one = (text: string, published = '1987-04-01') => events(text, published);

// A rank's scope, a dateline's "here", a condition's reach, what a capital or "stakes in" names, and the senses of
// "account for" and "owe": each case a sentence as news writes it.
describe('events: ranks, places, conditions and the senses of "account for" and "owe"', () => {
  it("reads the clause's own day as no scope of a rank, and keeps a place scope in the title (`title:rank-with-its-scope`)", () => {
    const [everest] = one('Mary Smith became the first woman to climb Everest on Tuesday.');
    expect(everest.title).toBe('Mary Smith became the first woman to climb Everest');
    expect(everest.time?.value).toBe('1987-03-31');
    const [cup] = one('Spain became the first team to win the World Cup in Asia on Sunday.');
    expect(cup.title).toBe('Spain became the first team to win the World Cup in Asia');
    expect(cup.rules).toContain('title:rank-with-its-scope');
    // ("the third time" counts what its relative clause tells: no title without it.)
    const jobs = "Monday's email announcement marked the third time in the past decade that Jobs, aged 55, has taken medical leave.";
    expect(whyNot(jobs, '2011-01-18')).toContain('marked:title-rank-without-its-scope');
    // (A year still counts the rank within it: no title without it.)
    const ubs = 'UBS has become the second foreign firm to manage an issue in the domestic debt market this year.';
    expect(whyNot(ubs, '1987-03-19')).toContain('become:title-rank-without-its-scope');
  }, 60_000);

  it('writes a dateline\'s "here" after a verb of taking somewhere as "to" the place (`title:here-written-as-goal`)', () => {
    const [flew] = one('FRANKFURT (Reuters) - U.S. troops flew the hostages here on Saturday.', '1987-03-07');
    expect(flew.title).toBe('U.S. troops flew the hostages to Frankfurt');
    expect(flew.rules).toContain('title:here-written-as-goal');
    const [opened] = one('BONN, March 7 - The Soviet Union opened the embassy here on Saturday.', '1987-03-07');
    expect(opened.title).toBe('The Soviet Union opened the embassy in Bonn');
    const [texas] = one('PARIS, Texas (Reuters) - Firefighters fought the blaze here on Saturday.', '1987-03-07');
    expect(texas.title).toBe('Firefighters fought the blaze in Paris, Texas');
  }, 60_000);

  it('gives a wire lede under a condition no dateline day (`date:wire-lede-under-condition`)', () => {
    const text =
      'TAFT SAYS IT WILL SELL STATIONS\n\nCINCINNATI, March 7 -\nTaft Broadcasting Co said it had agreed to sell its radio stations if regulators approved.';
    expect(one(text, '1987-03-07').filter((m) => /radio stations/.test(m.title))).toEqual([]);
    expect(whyNot(text, '1987-03-07')).toContain('agreed:date:wire-lede-under-condition');
  }, 60_000);

  it('reads no condition in a comparison "as long as" nor in a relative clause after what was announced', () => {
    const [bridge] = one('Sony announced on Monday that it had built a bridge as long as the Golden Gate.');
    expect(bridge.title).toBe('Sony announced that it had built a bridge');
    const [factory] = one('Sony announced on Monday that it shut the factory, which it had opened if you believe its critics, in 1980.');
    expect(factory.title).toBe('Sony announced that it shut the factory');
    // (A condition of what was announced still holds it back.)
    expect(whyNot('Sony announced on Monday that it would shut the factory if the talks failed.', '1987-04-01')).toContain(
      'announced:title:announced-under-condition',
    );
  }, 60_000);

  it('lists no country for its capital attacked (`participants:attacked-capital-is-a-place`)', () => {
    const [kabul] = one('Rebels launched an attack on Kabul on Sunday.');
    expect(kabul.actors).toEqual([]);
    expect(kabul.rules).toContain('participants:attacked-capital-is-a-place');
    const [tehran] = one('Iraq carried out raids on Tehran on Sunday.');
    expect(tehran.actors).toEqual(['iraq']);
  }, 60_000);

  it('keeps a known place after "stakes in" a place, no company (`stake-in-name` only for names no gazetteer holds)', () => {
    const m = findActorMentions('Exxon Corp bought stakes in Houston on Monday.');
    expect(m.find((x) => x.surface === 'Houston')?.kind).toBe('place');
    const [bought] = one('Exxon Corp bought stakes in Houston on Monday.');
    expect(bought.actors).toEqual(['exxon-corp']);
  }, 60_000);

  it('reads "accounted for most of the missing miners" as a deed, no share (`happening:accounted-for-the-missing`)', () => {
    const [found] = one('Rescuers accounted for most of the missing miners on Monday.');
    expect(found.title).toBe('Rescuers accounted for most of the missing miners');
    expect(found.rules).toContain('happening:accounted-for-the-missing');
  }, 60_000);

  it('reads "owed his victory to" as a happening, and a sum owed as a balance (`happening:owed-no-sum`)', () => {
    const [owed] = one('Smith owed his victory to a late goal on Sunday.');
    expect(owed.title).toBe('Smith owed his victory to a late goal');
    expect(owed.rules).toContain('happening:owed-no-sum');
    const balance = 'It also said that at the end of July 1986, Stanley owed his bankrupt companies 874,000 dlrs in unpaid interest-free loans.';
    expect(whyNot(balance, '1987-04-03')).toContain('owed:state:verb');
  }, 60_000);

  it('keeps a weekday that owns the subject before it (`title:subject-owned-by-a-weekday`)', () => {
    const [vote] = one("Tuesday's presidential election ended in violence.");
    expect(vote.title).toBe("Tuesday's presidential election ended in violence");
    expect(vote.rules).toContain('title:subject-owned-by-a-weekday');
    // (A relative day has no meaning apart from the article's date.)
    expect(whyNot("Yesterday's presidential election ended in violence.", '1987-04-01')).toContain('ended:subject-owned-by-a-date');
  }, 60_000);
});

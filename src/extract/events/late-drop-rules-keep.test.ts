import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

// Keep tests for the late drop rules: each rule's judged case is tested beside the rule;
// these are the good events it must not take.
describe('events: the late drop rules keep good events', () => {
  const published = '2024-12-01';
  const titles = (text: string) => events(text, published).map((m) => m.title);

  it.each([
    ['Investors sold Tokyo shares that rose sharply on Friday.', 'Tokyo shares rose'],
    ['The minister met French farmers who blocked roads on Monday.', 'French farmers blocked roads'],
  ])(
    '`subject-cannot-be-placed:restrictive-relative` keeps an active, dated relative: %s',
    (text, title) => {
      expect(titles(text)).toContain(title);
      expect(whyNot(text, published).join(' ')).not.toContain('restrictive-relative');
    },
    60_000,
  );

  it('`scope-left-out:one-of-several` keeps a dash apposition right after the title', () => {
    const text = 'The army captured the airport - one of two in the city - on Tuesday.';
    expect(titles(text)).toContain('The army captured the airport');
    expect(whyNot(text, published).join(' ')).not.toContain('one-of-several');
  }, 60_000);

  it('a military spokesman on troops doing relief work is no combat claim', () => {
    expect(titles('Troops delivered food to 10,000 flood victims on Wednesday, a military spokesman said.')).toContain(
      'Troops delivered food to 10,000 flood victims',
    );
  }, 60_000);

  it('a company whose name holds a reporting word owns its figure (`figure-of-reporting-body` only for bodies)', () => {
    const text = 'Service Corporation International said revenue rose 8 percent in November.';
    expect(titles(text)).toContain('Service Corporation International’s revenue rose 8 percent');
    expect(whyNot('Atlanta-based United Parcel Service Inc said revenue rose 8 percent in November.', published).join(' ')).not.toContain(
      'figure-of-reporting-body',
    );
    expect(whyNot('The Commerce Department said retail sales rose 0.4 percent in October.', published)).toContain(
      'rose:subject-cannot-be-placed:figure-of-reporting-body',
    );
  }, 60_000);

  it.each([
    ['Russia using drones struck Kyiv on Monday, killing five people.', 'Russia using drones struck Kyiv'],
    ['Hamas holding hostages released three women on Sunday.', 'Hamas holding hostages released three women'],
    ['Apple cutting jobs shocked investors on Friday.', 'Apple cutting jobs shocked investors'],
  ])(
    '`ing-word-between-name-and-plural-subject` joins only trade words: %s',
    (text, wrong) => {
      expect(titles(text)).not.toContain(wrong);
    },
    60_000,
  );
});

import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('an object list the parse cut (object:list-cut)', () => {
  it('drops "Union Carbide sold its battery products, home and automobile products"', () => {
    const text = 'Union Carbide sold its battery products, home and automobile products and agricultural products businesses in 1986.';
    expect(events(text, '1987-03-05').filter((x) => x.title.includes('sold'))).toEqual([]);
    expect(whyNot(text, '1987-03-05')).toContain('sold:object:list-cut');
  }, 60_000);

  it('keeps a whole list, and a list followed by a verb of its own', () => {
    const whole = 'Union Carbide sold its battery, home and automobile products businesses in 1986.';
    expect(whyNot(whole, '1987-03-05').some((x) => x.includes('list-cut'))).toBe(false);
    const verb = 'Texaco sold its refineries in Texas, Ohio and Utah and bought a pipeline in 1986.';
    expect(whyNot(verb, '1987-03-05').some((x) => x.includes('list-cut'))).toBe(false);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from './analyse';
import { verbText } from './describe';

describe("clause rules: a verb with no passive after an apposition's comma describes no noun (NO_PASSIVE_VERBS)", () => {
  const lindner =
    'Under environmental protection standards, if BP used the leftover material in the well, it could then dump the product directly into the gulf instead of transporting it to shore for disposal as hazardous waste, Leo Lindner, a drilling fluid specialist for contractor M-I SWACO, testified at a federal hearing in July.';

  it('reads "testified" as no participle of "M-I SWACO"', () => {
    const a = analyseText(lindner);
    const testified = a.clauses.find((c) => verbText(a, c) === 'testified');
    expect(testified?.kind).not.toBe('participial');
    expect(testified?.rules).not.toContain('participle-after-comma');
  });

  it('titles no "SWACO testified at a federal hearing" (Lindner testified)', () => {
    const titles = events(lindner, '2010-09-12').map((m) => m.title);
    expect(titles).not.toContain('SWACO testified at a federal hearing');
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { HAPPENING_KIND_VERBS, happeningKind } from './happening-kind';

// Titles of the development topics' events (bpoil_*, H1N1_*), as the build wrote them.
describe('happeningKind (rank-lab prior, docs/story.md)', () => {
  it('reads an irreversible happening or a decision as a milestone', () => {
    expect(happeningKind('The BP-operated Deepwater Horizon rig sank')).toBe('milestone');
    expect(happeningKind('The Gulf of Mexico well was permanently sealed')).toBe('milestone');
    expect(happeningKind("A judge blocked the Obama administration's ban on deepwater drilling")).toBe('milestone');
    expect(happeningKind('BP Plc agreed to set up a $20 billion fund')).toBe('milestone');
  });

  it('reads a share price going down as a move, a report as a saying, a copula as a state', () => {
    expect(happeningKind('Shares in London-based BP Plc fell 7 percent')).toBe('move');
    expect(happeningKind('An independent U.S. government-sponsored panel reported its findings')).toBe('saying');
    expect(happeningKind('Millions of Catholics stayed away from churches')).toBe('state');
  });

  it('reads past a saying and a beginning to the happening they carry', () => {
    expect(happeningKind('BP PLC said it had activated an extensive oil spill response')).toBe('other');
    expect(happeningKind('BP said it had capped the well')).toBe('milestone');
    expect(happeningKind('BP began drilling the first of two relief wells')).toBe('other');
  });

  it('files no verb under two kinds', () => {
    const all = Object.values(HAPPENING_KIND_VERBS).flat();
    expect(all.filter((v, i) => all.indexOf(v) !== i)).toEqual([]);
  });
});

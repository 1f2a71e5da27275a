import { describe, expect, it } from 'vitest';
import { explainFile } from '../explain-cli';
import { buildTimeline } from '../pipeline';
import { wireStory } from '../wire-story.harness';

const made = (published: string, body: string) =>
  buildTimeline(wireStory(published, body)).events.map((e) => ({ title: e.title, rules: e.mentions[0].rules ?? [] }));

describe('a title never ends on an amount the sentence says is "of" something', () => {
  it('"Standard and Poor\'s Corp said it affirmed Security Pacific Corp\'s 4.5 billion dlrs of debt" gives no cut title (Reuters, 1 June 1987)', () => {
    const body =
      "# SECURITY PACIFIC SPC DEBT AFFIRMED BY S/P\n\nNEW YORK, June 1 - Standard and Poor's Corp said it affirmed Security Pacific Corp's 4.5 billion dlrs of debt.";
    // ("... affirmed Security Pacific Corp's 4.5 billion dlrs" was judged cut off: of what?)
    expect(made('1987-06-01', body).filter((e) => /dlrs$/.test(e.title))).toEqual([]);
    expect(explainFile('a.md', wireStory('1987-06-01', body)[0].bytes).join('\n')).toContain('title-cut:amount-without-what-of');
  }, 60_000);

  it('leaves an amount no "of" follows: "Bankers Trust Co said it has raised its prime lending rate to 7-3/4 pct from 7-1/2" (Reuters, 1 April 1987)', () => {
    const body =
      '# BANKERS TRUST BT RAISES PRIME LENDING RATE\n\nNEW YORK, April 1 - Bankers Trust Co said it has raised its prime lending rate to 7-3/4 pct from 7-1/2, effective immediately.';
    const all = made('1987-04-01', body);
    expect(all.map((e) => e.title)).toContain('Bankers Trust said it has raised its prime lending rate to 7-3/4 pct');
    expect(all.flatMap((e) => e.rules)).not.toContain('title:amount-keeps-what-of');
  }, 60_000);
});

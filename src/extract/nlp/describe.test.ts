import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';
import { describeAnalysis } from './describe';

describe('describeAnalysis', () => {
  it('shows a phrase that held a ticker without the blanks the layer read in its place', () => {
    // Reuters copy: the ticker is blanked for tagging (nlp/tickers.ts); explain must not print the gap.
    const text = "Shares of BP Plc's (BP.L) U.S. unit rose 3 percent on Monday.";
    const lines = describeAnalysis(analyseText(text));
    expect(lines).toContain(`S0: ${text}`);
    expect(lines).toContain("subject='Shares of BP Plc's U.S. unit'");
  });
});

import { describe, expect, it } from 'vitest';
import { CUT_TOLERANCE_PX, cutSide } from './stackMeasure';

describe('one tolerance for what the stack cuts', () => {
  const panel = { top: 100, bottom: 400 };
  it('an item 0.7 px past the top is cut above: hidden, counted in the cue and grown for in the image alike', () => {
    expect(cutSide({ top: 99.3, bottom: 120 }, panel)).toBe('above');
    expect(cutSide({ top: 380, bottom: 400.7 }, panel)).toBe('below');
  });
  it('sub-pixel layout within the tolerance is inside', () => {
    expect(cutSide({ top: 100 - CUT_TOLERANCE_PX, bottom: 400 + CUT_TOLERANCE_PX }, panel)).toBeNull();
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateMeantime } from './meantime';

const benchDir = resolve(__dirname, '../../benchmarks/meantime-apple');

describe('MEANTIME Apple benchmark', () => {
  it('keeps date value accuracy at or above the 92% target', () => {
    const score = evaluateMeantime(benchDir);
    expect(score.total).toBeGreaterThan(0);
    expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });
});

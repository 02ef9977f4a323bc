import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/model/sorted.js';

describe('lowerBound', () => {
  const starts = [0, 4, 4, 9, 15];
  const at = (key: number) => lowerBound(starts.length, key, (index) => starts[index]!);

  it('finds the first index whose key is not below the one asked for', () => {
    expect([-1, 0, 1, 4, 5, 9, 14, 15, 16].map(at)).toEqual([0, 0, 1, 1, 3, 3, 4, 4, 5]);
  });

  it('works on keys of any ordered kind, and on nothing', () => {
    const codes = ['110101', '500101', '500118'];
    expect(lowerBound(codes.length, '500118', (index) => codes[index]!)).toBe(2);
    expect(lowerBound(0, 3, () => 0)).toBe(0);
  });
});

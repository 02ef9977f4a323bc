import { describe, expect, it } from 'vitest';
import { groupByBlock } from '../../src/model/blocks.js';

describe('groupByBlock', () => {
  it('gathers items by block, keeping the order they came in within each block', () => {
    const items = [
      { block: 2, id: 'a' },
      { block: 0, id: 'b' },
      { block: 2, id: 'c' },
      { block: 0, id: 'd' },
      { block: 5, id: 'e' },
    ];
    const groups = groupByBlock(items);
    expect([...groups.keys()]).toEqual([2, 0, 5]);
    expect(groups.get(2)!.map((item) => item.id)).toEqual(['a', 'c']);
    expect(groups.get(0)!.map((item) => item.id)).toEqual(['b', 'd']);
    expect(groups.get(5)!.map((item) => item.id)).toEqual(['e']);
    expect(groups.get(1)).toBeUndefined();
  });

  it('returns the items themselves, and nothing for no items', () => {
    const item = { block: 3 };
    expect(groupByBlock([item]).get(3)![0]).toBe(item);
    expect(groupByBlock([]).size).toBe(0);
  });
});

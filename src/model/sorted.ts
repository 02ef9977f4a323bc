/**
 * Binary search over anything sorted by a key: line starts, passages and guarded spans by their
 * start, the gazetteer's codes and name pairs. Stages look positions up per number, so never linearly.
 */

/** The first of `count` indices, their keys ascending, whose key is not below `key` (`count` if none). */
export function lowerBound<K>(count: number, key: K, keyAt: (index: number) => K): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keyAt(mid) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Things placed in a document by block (speakers, passages, metrics, numbers), gathered per block:
 * stages look them up block by block, and a long report has thousands of blocks.
 */

/** `items` by their block, each block's in the order given. */
export function groupByBlock<T extends { readonly block: number }>(items: Iterable<T>): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.block);
    if (group) group.push(item);
    else groups.set(item.block, [item]);
  }
  return groups;
}

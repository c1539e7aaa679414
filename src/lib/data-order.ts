/** Data entries carry an explicit `order`; file order is not a contract. */
export function byOrder<T extends { data: { order: number } }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/**
 * Arrow-key movement through search results: from the search field, Down goes to the first result;
 * Down and Up move through results (page results and their sections alike); Up from the first
 * result returns to the field. Returns the index to focus, -1 for the field, or undefined to let
 * the key do what it normally does.
 */
export function nextResultIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? -1 : current - 1;
    case 'Home':
      return current === -1 ? undefined : 0;
    case 'End':
      return current === -1 ? undefined : count - 1;
    default:
      return undefined;
  }
}

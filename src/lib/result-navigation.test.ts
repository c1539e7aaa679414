import { describe, expect, it } from 'vitest';
import { nextResultIndex } from './result-navigation.ts';

describe('nextResultIndex', () => {
  it('goes from the search field to the first result and down the list, stopping at the last', () => {
    expect(nextResultIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextResultIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextResultIndex('ArrowDown', 2, 3)).toBe(2);
  });

  it('goes up the list and back to the field from the first result', () => {
    expect(nextResultIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextResultIndex('ArrowUp', 0, 3)).toBe(-1);
    expect(nextResultIndex('ArrowUp', -1, 3)).toBe(-1);
  });

  it('jumps to the ends from a result, but leaves Home and End to the text field', () => {
    expect(nextResultIndex('Home', 2, 3)).toBe(0);
    expect(nextResultIndex('End', 0, 3)).toBe(2);
    expect(nextResultIndex('Home', -1, 3)).toBeUndefined();
    expect(nextResultIndex('End', -1, 3)).toBeUndefined();
  });

  it('does nothing without results or for other keys', () => {
    expect(nextResultIndex('ArrowDown', -1, 0)).toBeUndefined();
    expect(nextResultIndex('Enter', 0, 3)).toBeUndefined();
    expect(nextResultIndex('ArrowLeft', 1, 3)).toBeUndefined();
  });
});

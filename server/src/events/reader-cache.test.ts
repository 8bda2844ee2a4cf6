import { describe, expect, it } from 'vitest';
import { ReaderCache } from './reader-cache';

/** A cache whose loads return the next of these reader lists. */
function cacheOf(...lists: string[][]) {
  let loads = 0;
  const cache = new ReaderCache(async () => new Set(lists[loads++]));
  return { cache, loads: () => loads };
}

describe('ReaderCache', () => {
  it('loads the readers once per event', async () => {
    const { cache, loads } = cacheOf(['a', 'b']);
    const [first, again] = await Promise.all([cache.readersAt('plan:1', 1), cache.readersAt('plan:1', 1)]);
    expect(first).toBe(again);
    expect(loads()).toBe(1);
  });

  it('keeps one set for consecutive events with the same readers, and a new one when they change', async () => {
    const { cache } = cacheOf(['a', 'b'], ['b', 'a'], ['a', 'c'], ['a', 'c']);
    const one = await cache.readersAt('plan:1', 1);
    const two = await cache.readersAt('plan:1', 2);
    const three = await cache.readersAt('plan:1', 3);
    const four = await cache.readersAt('plan:1', 4);
    expect(two).toBe(one);
    expect([...three].sort()).toEqual(['a', 'c']);
    expect(three).not.toBe(two);
    expect(four).toBe(three);
  });

  it('shares a set only with the previous event of the same topic', async () => {
    const { cache } = cacheOf(['a'], ['a'], ['a']);
    const plan = await cache.readersAt('plan:1', 1);
    const otherTopic = await cache.readersAt('plan:2', 2);
    const afterAGap = await cache.readersAt('plan:1', 3);
    expect(otherTopic).not.toBe(plan);
    expect(afterAGap).not.toBe(plan);
  });
});

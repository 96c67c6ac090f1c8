import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoizeFor } from '@/lib/cache/ttl';

describe('memoizeFor', () => {
  afterEach(() => vi.useRealTimers());

  it('computes once for concurrent callers and again after the time is up', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const get = memoizeFor(60_000, async () => ++calls);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    vi.advanceTimersByTime(59_000);
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await get()).toBe(2);
  });

  it('keeps neither a failure nor a value it is told not to keep', async () => {
    let calls = 0;
    const failing = memoizeFor(60_000, async () => {
      calls++;
      if (calls === 1) throw new Error('database away');
      return calls;
    });
    await expect(failing()).rejects.toThrow('database away');
    expect(await failing()).toBe(2);

    let n = 0;
    const degraded = memoizeFor(60_000, async () => ({ n: ++n, degraded: n === 1 }), (v) => !v.degraded);
    expect((await degraded()).n).toBe(1);
    expect((await degraded()).n).toBe(2);
    expect((await degraded()).n).toBe(2);
  });
});

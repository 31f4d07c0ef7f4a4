import { MicroBatcher } from './micro-batcher';

const tick = () => new Promise((r) => setImmediate(r));

describe('MicroBatcher', () => {
  it('groups the calls of one tick into one batch and answers each caller with its own result', async () => {
    const batches: number[][] = [];
    const b = new MicroBatcher<number, number>({ runBatch: async (items) => (batches.push(items), items.map((i) => i * 10)) });
    const results = await Promise.all([1, 2, 3].map((i) => b.submit(i)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('gathers calls that arrive while the batches in flight run, and respects maxBatch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new MicroBatcher<number, number>({
      maxInFlight: 1,
      maxBatch: 2,
      runBatch: async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate;
        return items;
      },
    });
    const first = b.submit(0);
    await tick();
    const rest = [1, 2, 3, 4, 5].map((i) => b.submit(i));
    await tick();
    expect(batches).toEqual([[0]]); // the others wait for the one in flight
    expect(b.waiting).toBe(5);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches).toEqual([[0], [1, 2], [3, 4], [5]]);
  });

  it('fails only the item the batch answered with an Error', async () => {
    const b = new MicroBatcher<number, number>({ runBatch: async (items) => items.map((i) => (i === 2 ? new Error('bad 2') : i)) });
    const results = await Promise.allSettled([1, 2, 3].map((i) => b.submit(i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('bad 2');
  });

  it('a thrown batch fails every caller, unless isolateFailures re-runs the items one by one', async () => {
    const failing = new MicroBatcher<number, number>({ runBatch: async () => Promise.reject(new Error('database down')) });
    const all = await Promise.allSettled([1, 2].map((i) => failing.submit(i)));
    expect(all.every((r) => r.status === 'rejected' && r.reason.message === 'database down')).toBe(true);

    const sizes: number[] = [];
    const isolating = new MicroBatcher<number, number>({
      isolateFailures: true,
      runBatch: async (items) => {
        sizes.push(items.length);
        if (items.includes(2)) throw new Error('refused 2');
        return items;
      },
    });
    const settled = await Promise.allSettled([1, 2, 3].map((i) => isolating.submit(i)));
    expect(settled.map((r) => (r.status === 'fulfilled' ? r.value : 'x'))).toEqual([1, 'x', 3]);
    expect(sizes).toEqual([3, 1, 1, 1]);
  });

  it('keeps working after a failure (a later call starts a new batch)', async () => {
    let fail = true;
    const b = new MicroBatcher<number, number>({ runBatch: async (items) => { if (fail) throw new Error('once'); return items; } });
    await expect(b.submit(1)).rejects.toThrow('once');
    fail = false;
    await expect(b.submit(2)).resolves.toBe(2);
  });

  it('with lingerMs, gathers calls of separate ticks within the window into one batch', async () => {
    const batches: number[][] = [];
    const b = new MicroBatcher<number, number>({ lingerMs: 30, runBatch: async (items) => (batches.push(items), items) });
    const first = b.submit(1);
    await tick();
    await new Promise((r) => setTimeout(r, 5));
    const second = b.submit(2);
    expect(batches).toEqual([]);
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2]]);
  });
});

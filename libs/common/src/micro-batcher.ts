/**
 * Group commit for hot paths: calls that arrive while earlier batches are in flight are gathered
 * and handed to `runBatch` together, so N concurrent requests cost one round trip instead of N.
 *
 * There is no timer: when fewer than `maxInFlight` batches are running, a call starts a batch at
 * the next tick (after the other calls of the same tick), so a lone request waits for nothing.
 * Batches only grow when the backend is the bottleneck, which is exactly when batching pays.
 *
 * `lingerMs` trades latency for larger batches where nobody waits for the answer (the api's
 * enqueue after the 202): the first call of a batch waits that long for others to join it.
 *
 * `runBatch` answers every item: a value, or an Error for that item alone. If it throws, the whole
 * batch failed (for example the database is down) and every caller gets that error — unless
 * `isolateFailures` is set, in which case a failed batch of several items is re-run one item at a
 * time, so one item the backend refuses cannot fail the others.
 */
export interface MicroBatcherOptions<I, O> {
  runBatch: (items: I[]) => Promise<(O | Error)[]>;
  maxBatch?: number;
  maxInFlight?: number;
  isolateFailures?: boolean;
  /** Milliseconds a batch waits for more items before it is sent (default 0: the next tick). */
  lingerMs?: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (err: unknown) => void;
}

export class MicroBatcher<I, O> {
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly lingerMs: number;
  private queue: Pending<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: MicroBatcherOptions<I, O>) {
    this.maxBatch = options.maxBatch ?? 64;
    this.maxInFlight = options.maxInFlight ?? 2;
    this.lingerMs = options.lingerMs ?? 0;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a batch (not counting those in flight). */
  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    const send = () => {
      this.scheduled = false;
      while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
        void this.flush(this.queue.splice(0, this.maxBatch));
      }
    };
    if (this.lingerMs > 0) setTimeout(send, this.lingerMs);
    else setImmediate(send);
  }

  private async flush(batch: Pending<I, O>[]): Promise<void> {
    this.inFlight++;
    try {
      await this.settle(batch);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  private async settle(batch: Pending<I, O>[]): Promise<void> {
    let results: (O | Error)[];
    try {
      results = await this.options.runBatch(batch.map((p) => p.item));
    } catch (err) {
      if (this.options.isolateFailures && batch.length > 1) {
        await Promise.all(batch.map((p) => this.settle([p])));
        return;
      }
      for (const p of batch) p.reject(err);
      return;
    }
    batch.forEach((p, i) => {
      const r = results[i];
      if (r instanceof Error) p.reject(r);
      else if (i >= results.length) p.reject(new Error('batch returned no result for this item'));
      else p.resolve(r);
    });
  }
}

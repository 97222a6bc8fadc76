import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';
import { type CompiledRead, fastBatch } from './fast-batch';

interface Pending {
  query: BatchItem<'sqlite'> | CompiledRead<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Collects the reads that loaders issue in the same tick and sends them as one `db.batch`, so
 * sibling loaders at one depth of an operation share a single D1 round trip.
 *
 * DataLoader dispatches its batches on `process.nextTick`; the flush waits for a macrotask
 * (`setTimeout(0)`) so that every loader of the tick has enqueued before the batch leaves.
 */
export class ReadBatcher {
  private pending: Pending[] = [];
  private scheduled = false;

  /** `immediate`: send each read alone (the benchmark's naive mode, for contrast). */
  constructor(
    private readonly db: Db,
    private readonly immediate = false,
  ) {}

  /** Whether reads wait for the next batch: a read issued now would share its round trip. */
  get waiting(): boolean {
    return this.pending.length > 0;
  }

  read<T>(query: BatchItem<'sqlite'> & PromiseLike<T>): Promise<T>;
  /** A read built once per isolate (`compileRead`): its rows. */
  read<Row>(query: CompiledRead<Row>): Promise<Row[]>;
  read<T>(query: (BatchItem<'sqlite'> & PromiseLike<T>) | CompiledRead<unknown>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ query, resolve: resolve as (value: unknown) => void, reject });
      if (this.immediate) {
        void this.flush();
      } else if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => void this.flush(), 0);
      }
    });
  }

  private async flush() {
    const items = this.pending;
    this.pending = [];
    this.scheduled = false;
    if (items.length === 0) return;
    try {
      const results = await fastBatch(
        this.db,
        items.map((item) => item.query),
      );
      for (const [index, result] of results.entries()) items[index]?.resolve(result);
    } catch (error) {
      if (items.length === 1) {
        items[0]?.reject(error);
        return;
      }
      // D1 fails a whole batch for one bad statement: each read is sent again alone, so that only
      // the failing one fails (its field), not its siblings, the account check among them.
      await Promise.all(items.map((item) => this.alone(item)));
    }
  }

  private async alone(item: Pending) {
    try {
      const [result] = await fastBatch(this.db, [item.query]);
      item.resolve(result);
    } catch (error) {
      item.reject(error);
    }
  }
}

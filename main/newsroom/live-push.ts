import type { Replica, Replication } from './replica';

/**
 * What a push carries: everything but check-out locks (`lock:…`, check-out.ts), which desks write
 * straight to the server and only pull. By the time a push runs, a pulled lock revision is an old
 * one; pouchdb-server's `_revs_diff` may call an old revision "missing" (it does for one whose
 * body it no longer holds), and pushed back it rewrote the lock under its holder's and 总编室's
 * hands (a break answered 409 in the check-out tests).
 */
export function pushFilter(doc: { _id: string }): boolean {
  return !doc._id.startsWith('lock:');
}

export interface LivePushEvents {
  /** A push ended with everything requested before it on the server. */
  onCaughtUp(): void;
  /** A push failed (server out of reach, refused login): it is tried again after a back-off. */
  onFailed(error: unknown): void;
  /** The server refused one document (`validate_doc_update`). */
  onDenied(error: unknown): void;
}

export interface LivePushOptions {
  batchSize: number;
  /** Longest wait between attempts after a failure. */
  maxBackOffMs: number;
}

/**
 * The live sync's push side: a one-off replication replica → server each time the bridge has
 * written saves into the replica, instead of PouchDB's live push. A live push follows every
 * change of the replica, so each batch the pull side writes (other desks' saves) started a push
 * batch of its own: a `_revs_diff` and a checkpoint read and write on the server, to learn the
 * server has what it just sent. A one-off push reads the replica's changes since its checkpoint
 * like the live one — every leaf, conflicts included, so nothing the bridge wrote is skipped —
 * but runs only when this desk saved. Requests while one runs are served by one more run after
 * it; a failure is retried with a doubling back-off (or at once by `now()`).
 */
export class LivePush {
  private running: Replication | null = null;
  private again = false;
  private retry: NodeJS.Timeout | null = null;
  private delay = 0;
  private stopped = false;
  private finished: Promise<void> = Promise.resolve();

  constructor(
    private readonly replica: Replica,
    private readonly remote: Replica,
    private readonly options: LivePushOptions,
    private readonly events: LivePushEvents,
  ) {}

  /** A push failed and waits to be tried again. */
  get failing(): boolean {
    return this.retry !== null;
  }

  /** The bridge wrote saves into the replica: push them (after the running push, or the back-off). */
  request(): void {
    if (this.stopped) return;
    if (this.running || this.retry) this.again = true;
    else this.run();
  }

  /** The server answers again (the pull side is back): a waiting retry goes now. */
  now(): void {
    if (this.stopped || !this.retry) return;
    clearTimeout(this.retry);
    this.retry = null;
    this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.running?.cancel();
    await this.finished;
  }

  private run(): void {
    this.again = false;
    const replication = this.replica.replicate.to(this.remote, { batch_size: this.options.batchSize, filter: pushFilter });
    this.running = replication;
    replication.on('denied', (error: unknown) => this.events.onDenied(error));
    this.finished = new Promise<void>((resolve) => {
      replication.then(
        () => {
          this.running = null;
          this.delay = 0;
          if (this.stopped) return resolve();
          if (this.again) this.run();
          else this.events.onCaughtUp();
          resolve();
        },
        (error: unknown) => {
          this.running = null;
          if (this.stopped) return resolve();
          this.events.onFailed(error);
          this.delay = this.delay === 0 ? 500 : Math.min(this.delay * 2, this.options.maxBackOffMs);
          this.retry = setTimeout(() => {
            this.retry = null;
            this.run();
          }, this.delay);
          resolve();
        },
      );
    });
  }
}

import type { NewsroomStatus } from '../../shared/ipc/newsroom-contract';
import { emptyInboundReport, mergeInboundReport, type InboundReport } from '../store/newsroom-inbound';
import type { Store } from '../store/store-types';
import { DeskBridge } from './desk-bridge';
import { LivePush, pushFilter } from './live-push';
import { describeServerError } from './server-errors';
import { fetchOriginals, pullFilter, type FetchOriginalsResult } from './photo-sharing';
import { openRemote, type Replica, type Replication } from './replica';

export type { NewsroomStatus } from '../../shared/ipc/newsroom-contract';

/**
 * Documents per replication batch (PouchDB's default is 100). Each batch costs the same round
 * trips and two checkpoint writes on each side whatever its size, so a desk catching up (a first
 * sync, back from offline, 50 desks saving at once) needs a fifth of them. A batch's previews are
 * held in memory together (≤ 2000 px JPEGs), which bounds it.
 */
const REPLICATION_BATCH = 500;

export interface NewsroomConnection {
  /** The newsroom database, e.g. https://newsroom.example:6984/banmian */
  url: string;
  user: string;
  password: string;
}

export interface SyncOnceResult {
  pushed: number;
  received: InboundReport;
  refused: Array<{ docId: string; reason: string }>;
}

export interface NewsroomDeskOptions {
  /** Told after changes from the server landed in SQLite (to refresh windows). */
  onInbound?: (report: InboundReport) => void;
  onStatus?: (status: NewsroomStatus) => void;
  /** How often the desk looks for saves made by other connections (windows, the CLI). Default 250 ms. */
  pollMs?: number;
  /** Longest wait between reconnection attempts. Default 10 s. */
  maxBackOffMs?: number;
}

/**
 * One desk in a newsroom: SQLite ↔ replica through the bridge, replica ↔ server through
 * PouchDB's own replication (the pull live and retrying, the push once per bridge write:
 * `LivePush`). Steps of the bridge run one at a time.
 */
export class NewsroomDesk {
  private readonly bridge: DeskBridge;
  private readonly remote: Replica;
  private pull: Replication | null = null;
  private push: LivePush | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stepQueued = false;
  private unsent = 0;
  private current: Omit<NewsroomStatus, 'waiting' | 'conflicts' | 'refused'> = { state: 'stopped', lastSync: null, error: null };

  constructor(
    private readonly store: Store,
    private readonly replica: Replica,
    private readonly connection: NewsroomConnection,
    private readonly options: NewsroomDeskOptions = {},
  ) {
    this.bridge = new DeskBridge(store, replica, connection.user);
    this.remote = openRemote(connection.url, connection.user, connection.password);
    store.newsroom.outbox.join(connection.user);
  }

  status(): NewsroomStatus {
    const { outbox } = this.store.newsroom;
    return {
      ...this.current,
      waiting: outbox.count() + this.unsent,
      conflicts: outbox.conflicts().filter((conflict) => conflict.discard === null).length,
      refused: outbox.refused(),
    };
  }

  /**
   * Live: the server's changes are pulled continuously (PouchDB's live replication, retried when
   * unreachable) and applied as they land; the outbox is watched and what the bridge writes into
   * the replica is pushed at once (`LivePush`).
   */
  start(): void {
    if (this.pull) return;
    this.setState({ state: 'connecting', error: null });
    const maxBackOff = this.options.maxBackOffMs ?? 10_000;
    this.push = new LivePush(this.replica, this.remote, { batchSize: REPLICATION_BATCH, maxBackOffMs: maxBackOff }, {
      onCaughtUp: () => {
        this.unsent = 0;
        this.setState({ state: 'online', error: null, lastSync: new Date().toISOString() });
      },
      onFailed: (error) => this.setState({ state: 'offline', error: describeServerError(error, this.connection.url) }),
      onDenied: (error) => this.refuse(error),
    });
    this.pull = this.replica.replicate.from(this.remote, {
      live: true,
      retry: true,
      back_off_function: (delay) => (delay === 0 ? 500 : Math.min(delay * 2, maxBackOff)),
      batch_size: REPLICATION_BATCH,
      filter: pullFilter,
    });
    this.pull.on('active', () => {
      this.setState({ state: 'online', error: null });
      this.push?.now();
    });
    this.pull.on('paused', (error: unknown) => {
      if (error) this.setState({ state: 'offline', error: describeServerError(error, this.connection.url) });
      // Caught up with the server; a push still failing keeps its word (offline, and why).
      else if (!this.push?.failing) this.setState({ state: 'online', error: null, lastSync: new Date().toISOString() });
    });
    this.pull.on('error', (error: unknown) => this.setState({ state: 'error', error: describeServerError(error, this.connection.url) }));
    // A batch from the server is in the replica: apply it.
    this.pull.on('change', () => this.schedule());
    this.timer = setInterval(() => {
      if (this.store.newsroom.outbox.count() > 0) this.schedule();
    }, this.options.pollMs ?? 250);
    // Whatever reached the replica but not the server before (a crash, a stop) goes first.
    this.push.request();
    this.schedule();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.pull?.cancel();
    this.pull = null;
    await this.push?.stop();
    this.push = null;
    await this.running;
    this.setState({ state: 'stopped' });
  }

  /** Everything both ways once (the CLI's `sync --once`): resolves when done, rejects when the server cannot be reached. */
  async syncOnce(): Promise<SyncOnceResult> {
    const refused: SyncOnceResult['refused'] = [];
    const pushed = await this.serial(() => this.bridge.push());
    this.unsent += pushed;
    this.setState({ state: 'connecting', error: null });
    const replication = this.replica.sync(this.remote, { batch_size: REPLICATION_BATCH, pull: { filter: pullFilter }, push: { filter: pushFilter } });
    replication.on('denied', (error: unknown) => refused.push(this.refuse(error)));
    // Batches are applied as they land, not after the last one: while the desk writes one into
    // SQLite the server is preparing the next (a first sync of an archive takes both at once).
    const received = emptyInboundReport();
    let applying: Promise<void> = Promise.resolve();
    let applyQueued = false;
    const apply = (): Promise<void> => {
      if (applyQueued) return applying;
      applyQueued = true;
      applying = applying.then(async () => {
        applyQueued = false;
        mergeInboundReport(received, await this.serial(() => this.bridge.pull()));
      });
      return applying;
    };
    replication.on('change', (info: { direction?: string }) => {
      if (info.direction === 'pull') apply().catch(() => undefined);
    });
    try {
      await replication;
    } catch (error) {
      await applying.catch(() => undefined);
      this.setState({ state: 'offline', error: describeServerError(error, this.connection.url) });
      throw new Error(describeServerError(error, this.connection.url));
    }
    this.unsent = 0;
    await applying;
    // The last pass also retries what waited (a mark before its story): its word on that is the one that holds.
    const last = await this.serial(() => this.bridge.pull());
    received.deferred = [];
    mergeInboundReport(received, last);
    this.setState({ state: 'online', error: null, lastSync: new Date().toISOString() });
    return { pushed, received, refused };
  }

  /**
   * The originals of these photos, from the server onto the desk (a page is about to be
   * exported). Rejects when the server cannot be reached; a photo it does not have is reported.
   */
  async fetchOriginals(sha256s: readonly string[]): Promise<FetchOriginalsResult> {
    try {
      return await fetchOriginals(this.store, this.replica, this.remote, sha256s);
    } catch (error) {
      throw new Error(describeServerError(error, this.connection.url));
    }
  }

  /** One bridge step now (push, then pull); resolves when it is done. */
  step(): Promise<void> {
    return this.serial(async () => {
      const pushed = await this.bridge.push();
      this.unsent += pushed;
      if (pushed > 0) this.push?.request();
      const report = await this.bridge.pull();
      if (Object.values(report.changed).some((ids) => ids.length > 0) || report.conflicts.length + report.photos.length > 0) {
        this.options.onInbound?.(report);
      }
      if (pushed > 0 || report.conflicts.length > 0) this.emit();
    });
  }

  private schedule(): void {
    if (this.stepQueued) return;
    this.stepQueued = true;
    void this.running.then(() => {
      this.stepQueued = false;
      return this.step().catch((error: unknown) => this.setState({ state: 'error', error: (error as Error).message }));
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.running.then(fn);
    this.running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private refuse(error: unknown): { docId: string; reason: string } {
    // A sync reports `{ direction, doc: error }`; a one-way replication the error itself.
    const wrapped = error as { doc?: unknown };
    const details = (wrapped.doc ?? error) as { id?: string; reason?: string; message?: string };
    const docId = details.id ?? '(unknown document)';
    const reason = details.reason ?? details.message ?? 'forbidden';
    this.store.newsroom.outbox.recordRefusal(docId, reason);
    this.emit();
    return { docId, reason };
  }

  private setState(patch: Partial<NewsroomDesk['current']>): void {
    this.current = { ...this.current, ...patch };
    this.emit();
  }

  private emit(): void {
    this.options.onStatus?.(this.status());
  }
}

import type { CheckOutKind, CheckOutView } from '../../../shared/ipc/newsroom-contract';
import type { BanmianClient } from '../ipc/bridge';

/** While another user holds the item, ask again this often: it becomes editable once they let go. */
export const RETRY_MS = 30_000;

export type CheckOutSnapshot =
  /** Not asked yet. */
  | { state: 'unknown' }
  | CheckOutView
  /** Given back after a time without typing; the next keystroke takes it again. */
  | { state: 'idle' }
  /** This desk held it and lost it (总编室 broke it, or it ran out and was taken): read-only, typing kept. */
  | { state: 'lost'; holder: string | null };

type Client = Pick<BanmianClient, 'call' | 'on'>;

/**
 * 签出 of one item open for editing (docs/newsroom.md): taken when it opens (the main process
 * renews it), given back after `idleMs` without typing and taken again at the next keystroke,
 * given back on close. Another user's check-out is asked about again every RETRY_MS. Plain
 * TypeScript (React reads it through subscribe/getSnapshot), so its rules are tested without a browser.
 */
export class CheckOutKeeper {
  private snapshot: CheckOutSnapshot = { state: 'unknown' };
  private readonly listeners = new Set<() => void>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private taking: Promise<void> | null = null;
  /** An idle give-back on its way: taking again waits for it, or the release would follow the take. */
  private releasing: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly offLost: () => void;

  constructor(
    private readonly client: Client,
    readonly kind: CheckOutKind,
    readonly id: string,
    private readonly retryMs = RETRY_MS,
  ) {
    this.offLost = client.on('newsroom.checkOutLost', (lost) => {
      if (lost.kind !== kind || lost.id !== id || this.disposed) return;
      this.clearTimers();
      this.set({ state: 'lost', holder: lost.holder });
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CheckOutSnapshot => this.snapshot;

  /** Asks for the check-out (on open, after idling, on retry). */
  take(offline = false): Promise<void> {
    if (this.taking) return this.taking;
    this.taking = this.releasing
      .then(() => this.client.call('newsroom.checkOut', { kind: this.kind, id: this.id, offline }))
      .then(
        (view) => this.taken(view),
        () => this.taken({ state: 'off', reason: null }),
      )
      .finally(() => (this.taking = null));
    return this.taking;
  }

  /** The user typed: the idle clock starts again, and an item given back for idling is taken again. */
  typed(): void {
    if (this.disposed) return;
    const state = this.snapshot.state;
    if (state === 'idle') void this.take();
    else if (state === 'mine') this.armIdle();
  }

  /** 签出以便离线工作: the long lease, kept when the item closes, until checked in by hand. */
  takeForOffline(): Promise<void> {
    return this.take(true);
  }

  /** Checks an offline check-out in (back on the LAN); it then lasts only while the item is open. */
  async checkInOffline(): Promise<void> {
    await this.client.call('newsroom.checkIn', { kind: this.kind, id: this.id, offline: true });
    await this.take();
  }

  /** 强制解除签出 (总编室): breaks the holder's check-out, then takes it. */
  async breakAndTake(): Promise<void> {
    await this.client.call('newsroom.breakCheckOut', { kind: this.kind, id: this.id });
    await this.take();
  }

  /** The item closes: the check-out is given back (not an offline one). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimers();
    this.offLost();
    this.listeners.clear();
    const wasMine = this.snapshot.state === 'mine' || this.taking !== null;
    if (wasMine) void Promise.resolve(this.taking).then(() => this.client.call('newsroom.checkIn', { kind: this.kind, id: this.id }).catch(() => undefined));
  }

  private taken(view: CheckOutView): void {
    if (this.disposed) {
      if (view.state === 'mine') void this.client.call('newsroom.checkIn', { kind: this.kind, id: this.id }).catch(() => undefined);
      return;
    }
    this.clearTimers();
    this.set(view);
    if (view.state === 'held') this.retryTimer = setTimeout(() => void this.take(), this.retryMs);
    if (view.state === 'mine') this.armIdle();
  }

  private armIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const view = this.snapshot;
    if (view.state !== 'mine' || view.offline) return;
    this.idleTimer = setTimeout(() => void this.giveBackIdle(), view.idleMs);
  }

  private async giveBackIdle(): Promise<void> {
    this.idleTimer = null;
    if (this.disposed || this.snapshot.state !== 'mine') return;
    this.set({ state: 'idle' });
    this.releasing = this.client.call('newsroom.checkIn', { kind: this.kind, id: this.id }).catch(() => undefined);
    await this.releasing;
  }

  private clearTimers(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.idleTimer = this.retryTimer = null;
  }

  private set(next: CheckOutSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

import type { PageView } from '../../../../shared/ipc/page-contract';
import { IpcError } from '../../../../shared/ipc/result';
import type { PageDocument } from '../../../../shared/model/page';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';

/** Autosave runs this long after the last layout change. */
export const PAGE_AUTOSAVE_MS = 1000;

export type PageSaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface PageSaveSnapshot {
  state: PageSaveState;
  version: number;
  savedAt: string;
  /** In a conflict: the page as another window saved it. */
  theirs: PageView | null;
  error: string | null;
}

type Client = Pick<BanmianClient, 'call'>;

/**
 * Keeps the page in the store: a debounced `pages.save` with the optimistic version. When
 * another window saved first the store refuses, and the page stays unsaved on screen with
 * both versions known until the user chooses — never silently overwritten either way.
 */
export class PageSaveSession {
  private snapshot: PageSaveSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private latest: PageDocument;
  private savedDoc: PageDocument;
  private inFlight: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly client: Client,
    private readonly pageId: string,
    page: PageView,
    private readonly delayMs = PAGE_AUTOSAVE_MS,
  ) {
    this.latest = page.document;
    this.savedDoc = page.document;
    this.snapshot = { state: 'saved', version: page.version, savedAt: page.updatedAt, theirs: null, error: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PageSaveSnapshot => this.snapshot;

  get dirty(): boolean {
    return this.latest !== this.savedDoc;
  }

  /** The document changed; saved after a pause (held while a conflict waits for the user). */
  changed(doc: PageDocument, holdBack = false): void {
    this.latest = doc;
    if (this.snapshot.state === 'conflict') return;
    if (!this.dirty) {
      if (this.snapshot.state === 'pending') this.set({ state: 'saved' });
      return;
    }
    this.set({ state: 'pending' });
    this.schedule(holdBack ? this.delayMs * 2 : this.delayMs);
  }

  /** Saves now (leaving the page, exporting). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.dirty && this.snapshot.state !== 'conflict') await this.save();
  }

  /** In a conflict: save this window's page over the other version. */
  async keepMine(): Promise<void> {
    const theirs = this.snapshot.theirs;
    if (!theirs) return;
    this.set({ state: 'pending', version: theirs.version, theirs: null });
    await this.save();
  }

  /**
   * The page was changed elsewhere (it arrived from the newsroom): with nothing unsaved here, the
   * newer version is taken in and returned for the workspace to show. With unsaved changes it is
   * left alone: their save meets the ordinary conflict, which shows both.
   */
  async remoteChanged(): Promise<PageView | null> {
    if (this.dirty || this.inFlight || this.snapshot.state === 'conflict') return null;
    const current = await this.client.call('pages.get', { id: this.pageId }).catch(() => null);
    if (!current || current.version <= this.snapshot.version || this.dirty || this.inFlight) return null;
    this.latest = current.document;
    this.savedDoc = current.document;
    this.set({ state: 'saved', version: current.version, savedAt: current.updatedAt, theirs: null, error: null });
    return current;
  }

  /** In a conflict: take the other window's page; returns it for the workspace to show. */
  takeTheirs(): PageView | null {
    const theirs = this.snapshot.theirs;
    if (!theirs) return null;
    this.latest = theirs.document;
    this.savedDoc = theirs.document;
    this.set({ state: 'saved', version: theirs.version, savedAt: theirs.updatedAt, theirs: null, error: null });
    return theirs;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private save(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.dirty && this.snapshot.state !== 'conflict' ? this.save() : undefined));
    const doc = this.latest;
    this.set({ state: 'saving' });
    this.inFlight = (async () => {
      try {
        const saved = await this.client.call('pages.save', { id: this.pageId, version: this.snapshot.version, document: doc });
        this.savedDoc = doc;
        this.set({ state: this.dirty ? 'pending' : 'saved', version: saved.version, savedAt: saved.updatedAt, error: null });
        if (this.dirty) this.schedule(this.delayMs);
      } catch (error) {
        const current = error instanceof IpcError && error.code === 'conflict' ? (error.details as { current?: unknown } | undefined)?.current : undefined;
        if (current) {
          // The store names the version that won; fetch it whole so both can be shown.
          const theirs = await this.client.call('pages.get', { id: this.pageId }).catch(() => null);
          this.set({ state: 'conflict', theirs, error: errorMessage(error) });
        } else {
          this.set({ state: 'error', error: errorMessage(error) });
        }
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }

  private set(patch: Partial<PageSaveSnapshot>): void {
    if (this.disposed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import { IpcError } from '../../../../shared/ipc/result';
import { storyFieldsOf } from '../../../../shared/model/story';
import { sameContent, type Story, type StoryFields } from './story-fields';

/** Autosave runs this long after the last change. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  /** Everything on screen is stored. */
  | 'saved'
  /** Changed; the autosave is waiting for the typing to stop. */
  | 'pending'
  | 'saving'
  /** Another window saved first; both versions are kept until the user chooses. */
  | 'conflict'
  /** The story went to the trash elsewhere; nothing is saved until it is restored. */
  | 'deleted'
  | 'error';

export interface SessionSnapshot {
  state: SaveState;
  /** The stored version the editor's content is based on. */
  version: number;
  /** When that version was saved. */
  savedAt: string;
  /** The other window's version, in a conflict or after a delete. */
  theirs: Story | null;
  error: string | null;
  /** After "keep theirs": the revision that holds what this window had. */
  keptAsVersion: number | null;
  /**
   * A newer version saved elsewhere (another window, another desk) while nothing here was
   * unsaved: offered in a banner, never put under the caret unasked.
   */
  newer: Story | null;
}

/** What the session needs from the editor on screen. */
export interface SessionHost {
  /** The fields as the editor holds them now. */
  read(): StoryFields;
  /**
   * Replaces what the editor shows (a newer version loaded, or "keep theirs"); not a user
   * change. `undoable`: the user asked for it, so it is one step Undo takes back.
   */
  apply(story: Story, options?: { undoable: boolean }): void;
  /** An IME composition is open: nothing is saved or replaced until it ends. */
  isComposing(): boolean;
  /** A save stored `fields` (exactly what read() gave for it) as `story`. */
  saved?(story: Story, fields: StoryFields): void;
}

type Client = Pick<BanmianClient, 'call'>;

/**
 * One open story: debounced autosave through `stories.save` with the optimistic version,
 * conflicts kept side by side instead of overwritten, and other windows' (and desks') saves
 * offered in a banner while this editor holds no unsaved change. Plain TypeScript (React reads it
 * through subscribe/getSnapshot), so the rules are tested without a browser.
 */
export class StorySession {
  private base: Story;
  private edits = 0;
  private savedEdits = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  private afterComposition = { save: false, remote: false };
  private checking: Promise<void> | null = null;
  private checkAgain = false;
  private disposed = false;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: Client,
    story: Story,
    private readonly host: SessionHost,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.base = story;
    this.snapshot = {
      state: story.deletedAt ? 'deleted' : 'saved',
      version: story.version,
      savedAt: story.updatedAt,
      theirs: story.deletedAt ? story : null,
      error: null,
      keptAsVersion: null,
      newer: null,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  get id(): string {
    return this.base.id;
  }

  /** The stored story the editor is based on. */
  get stored(): Story {
    return this.base;
  }

  get dirty(): boolean {
    return this.edits !== this.savedEdits;
  }

  /** The user changed something: save once the typing stops. */
  changed(): void {
    this.edits += 1;
    if (this.blocked()) {
      this.emit();
      return;
    }
    this.set({ state: this.inFlight ? 'saving' : 'pending', error: null });
    this.schedule(this.delayMs);
  }

  /** Saves now if anything is unsaved (blur, closing the story, leaving the window). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.dirty && !this.blocked()) await this.save();
    if (this.inFlight) await this.inFlight;
  }

  /** An IME composition ended: do what waited for it. */
  compositionEnded(): void {
    const { save, remote } = this.afterComposition;
    this.afterComposition = { save: false, remote: false };
    if (save) this.schedule(0);
    if (remote) void this.remoteChanged();
  }

  /** `stories.changed` named this story: offer another window's save if this one has nothing unsaved. */
  async remoteChanged(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    this.checking = this.checkRemote().finally(() => {
      this.checking = null;
      if (this.checkAgain) {
        this.checkAgain = false;
        void this.remoteChanged();
      }
    });
    return this.checking;
  }

  /**
   * The banner's 载入新版本: the newer version replaces the text as one undo step. Typed
   * meanwhile: nothing is replaced; the save meets the ordinary conflict instead.
   */
  async loadNewer(): Promise<void> {
    const newer = this.snapshot.newer;
    if (!newer) return;
    if (this.dirty || this.host.isComposing()) {
      await this.flush();
      return;
    }
    this.base = newer;
    this.host.apply(newer, { undoable: true });
    this.set({ state: 'saved', version: newer.version, savedAt: newer.updatedAt, error: null, newer: null, keptAsVersion: null });
  }

  /** The banner's 对比: the newer version beside this one, in the conflict view. */
  compareNewer(): void {
    const newer = this.snapshot.newer;
    if (!newer) return;
    this.clearTimer();
    this.set({ state: 'conflict', theirs: newer, newer: null, error: null });
  }

  /** Conflict: save this window's version over theirs (theirs stays as a revision). */
  async keepMine(): Promise<void> {
    const theirs = this.snapshot.theirs;
    if (this.snapshot.state !== 'conflict' || !theirs) return;
    this.base = theirs;
    this.edits += 1;
    this.set({ state: 'pending', theirs: null, error: null, version: theirs.version, savedAt: theirs.updatedAt });
    await this.save();
  }

  /**
   * Conflict: go on with their version. What this window had is saved first, so it is a
   * revision (named in the snapshot) and nothing typed here is lost.
   */
  async keepTheirs(): Promise<void> {
    const theirs = this.snapshot.theirs;
    if (this.snapshot.state !== 'conflict' || !theirs) return;
    const mine = this.host.read();
    const edits = this.edits;
    this.set({ state: 'saving' });
    try {
      let current = theirs;
      let keptAsVersion: number | null = null;
      // What is on screen is already stored (a comparison without typing): nothing to keep.
      const stored = !this.dirty && sameContent(mine, this.base);
      if (!stored && !sameContent(mine, theirs)) {
        const kept = await this.client.call('stories.save', { id: this.id, version: theirs.version, fields: mine });
        keptAsVersion = kept.version;
        current = await this.client.call('stories.save', { id: this.id, version: kept.version, fields: storyFieldsOf(theirs) });
      }
      this.base = current;
      this.savedEdits = this.edits = edits;
      this.host.apply(current);
      this.set({ state: 'saved', theirs: null, version: current.version, savedAt: current.updatedAt, keptAsVersion, newer: null });
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * The editor goes away without the user choosing (the window navigates, another story is
   * opened): unsaved work is saved, and an open conflict is settled the way that overwrites
   * nothing — theirs stays current and this window's text is kept as a revision.
   */
  async leave(): Promise<void> {
    await this.flush();
    if (this.snapshot.state === 'conflict') await this.keepTheirs();
  }

  /**
   * Saves everything first, then runs a save of its own kind (a status change with its history
   * entry) on the stored version, as the next save in line. The story it returns becomes the
   * base; a conflict is shown like any other. Returns null when it did not run or failed.
   */
  async saveWith(call: (base: Story) => Promise<Story>): Promise<Story | null> {
    await this.flush();
    if (this.inFlight) await this.inFlight;
    if (this.dirty || this.blocked() || this.host.isComposing()) return null;
    this.clearTimer();
    this.set({ state: 'saving' });
    let result: Story | null = null;
    let refused: unknown = null;
    this.inFlight = (async () => {
      try {
        const story = await call(this.base);
        this.base = story;
        result = story;
        this.set({ state: this.dirty ? 'pending' : 'saved', version: story.version, savedAt: story.updatedAt, error: null, keptAsVersion: null });
        if (this.dirty) this.schedule(this.delayMs);
      } catch (error) {
        if (error instanceof IpcError && error.code === 'conflict') {
          this.failed(error);
        } else {
          // Refused (bad input, no name): nothing was written; the text is as saved as before.
          refused = error;
          this.set({ state: this.dirty ? 'pending' : 'saved' });
        }
      } finally {
        this.inFlight = null;
        if (this.saveAgain) {
          this.saveAgain = false;
          if (this.dirty && !this.blocked()) this.schedule(0);
        }
      }
    })();
    await this.inFlight;
    if (refused) throw refused;
    return result;
  }

  /** Stops the timer; a save already sent still completes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private blocked(): boolean {
    return this.snapshot.state === 'conflict' || this.snapshot.state === 'deleted';
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private save(): Promise<void> {
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
    if (!this.dirty || this.blocked()) return Promise.resolve();
    if (this.host.isComposing()) {
      this.afterComposition.save = true;
      return Promise.resolve();
    }
    const fields = this.host.read();
    const edits = this.edits;
    this.set({ state: 'saving' });
    this.inFlight = (async () => {
      try {
        const story = await this.client.call('stories.save', { id: this.id, version: this.base.version, fields });
        this.base = story;
        this.savedEdits = edits;
        this.host.saved?.(story, fields);
        this.set({ state: this.dirty ? 'pending' : 'saved', version: story.version, savedAt: story.updatedAt, error: null, keptAsVersion: null });
        if (this.dirty) this.schedule(this.delayMs);
      } catch (error) {
        this.failed(error);
      } finally {
        this.inFlight = null;
        if (this.saveAgain) {
          this.saveAgain = false;
          if (this.dirty && !this.blocked()) this.schedule(0);
        }
      }
    })();
    return this.inFlight;
  }

  private failed(error: unknown): void {
    if (error instanceof IpcError && error.code === 'conflict') {
      const current = (error.details as { current?: Story } | undefined)?.current ?? null;
      if (current) {
        this.clearTimer();
        this.set({ state: current.deletedAt ? 'deleted' : 'conflict', theirs: current, error: null, newer: null });
        return;
      }
    }
    this.set({ state: 'error', error: errorMessage(error) });
  }

  private async checkRemote(): Promise<void> {
    let story: Story;
    try {
      story = await this.client.call('stories.get', { id: this.id });
    } catch {
      return; // deleted for good or unreachable: the next save reports it
    }
    if (this.inFlight) {
      // Possibly our own save coming back: look again once it has landed.
      await this.inFlight;
      return this.checkRemote();
    }
    if (story.deletedAt) {
      if (this.snapshot.state !== 'conflict') {
        this.clearTimer();
        this.set({ state: 'deleted', theirs: story });
      }
      return;
    }
    if (this.snapshot.state === 'deleted') {
      // Restored from the trash elsewhere.
      this.set({ state: this.dirty ? 'pending' : 'saved', theirs: null });
      if (this.dirty) this.schedule(this.delayMs);
    }
    if (story.version === this.base.version) {
      if (this.snapshot.newer) this.set({ newer: null }); // went back to this version elsewhere
      return;
    }
    if (this.snapshot.state === 'conflict') {
      // Still in conflict: keep "theirs" current so the choice is made against the newest.
      if (this.snapshot.theirs && story.version > this.snapshot.theirs.version) this.set({ theirs: story });
      return;
    }
    if (this.dirty) return; // the next save meets the conflict and shows both versions
    if (this.host.isComposing()) {
      this.afterComposition.remote = true;
      return;
    }
    if (onlyStatusMoved(this.host.read(), story)) {
      // Placed on a page, sent to proofing: nothing under the caret changes, so it is taken in.
      this.base = story;
      this.host.apply(story);
      this.set({ state: 'saved', version: story.version, savedAt: story.updatedAt, error: null, newer: null });
      return;
    }
    this.set({ newer: story });
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The newer version differs from what is on screen in its status only. */
function onlyStatusMoved(onScreen: StoryFields, newer: Story): boolean {
  return sameContent({ ...onScreen, status: newer.status }, newer);
}

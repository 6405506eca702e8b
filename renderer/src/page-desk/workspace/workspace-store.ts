import type { PageDocument } from '../../../../shared/model/page';
import { LayoutHistory } from './layout-history';

/**
 * The page being laid out: its document, the selected frames and the undo history. Plain
 * TypeScript (React reads it through subscribe/getSnapshot), so the rules are tested without a
 * browser. A gesture (a drag, a resize) changes the document on every pointer move without
 * touching the history, and becomes one undo step when it ends.
 */

export interface WorkspaceSnapshot {
  doc: PageDocument;
  selection: readonly string[];
  undoLabel: string | null;
  redoLabel: string | null;
  /** Counts document changes; the composer and autosave follow it. */
  revision: number;
  /** A drag or resize is under way. */
  gesture: boolean;
  /** Checked out by another user (签出): nothing changes the page here; selecting and proof marks still work. */
  readOnly: boolean;
}

export type DocumentListener = (doc: PageDocument, info: { gesture: boolean; revision: number }) => void;

export class WorkspaceStore {
  private snapshot: WorkspaceSnapshot;
  private readonly history = new LayoutHistory();
  private base: PageDocument | null = null;
  private lastMerge: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly docListeners = new Set<DocumentListener>();

  constructor(doc: PageDocument) {
    this.snapshot = { doc, selection: [], undoLabel: null, redoLabel: null, revision: 0, gesture: false, readOnly: false };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  /** Called with every new document (the composer recomposes, autosave saves). */
  onDocument(listener: DocumentListener): () => void {
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  get doc(): PageDocument {
    return this.snapshot.doc;
  }

  get selection(): readonly string[] {
    return this.snapshot.selection;
  }

  private set(patch: Partial<WorkspaceSnapshot>, docChanged: boolean): void {
    const revision = docChanged ? this.snapshot.revision + 1 : this.snapshot.revision;
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      revision,
      undoLabel: this.history.undoLabel,
      redoLabel: this.history.redoLabel,
    };
    // Selected frames that no longer exist are no longer selected.
    if (docChanged) {
      const ids = new Set(this.snapshot.doc.frames.map((f) => f.id));
      if (this.snapshot.selection.some((id) => !ids.has(id))) this.snapshot = { ...this.snapshot, selection: this.snapshot.selection.filter((id) => ids.has(id)) };
    }
    for (const listener of [...this.listeners]) listener();
    if (docChanged) for (const listener of [...this.docListeners]) listener(this.snapshot.doc, { gesture: this.snapshot.gesture, revision });
  }

  /** 签出 elsewhere: every change below is refused (left as it was) until the flag is lifted. */
  setReadOnly(readOnly: boolean): void {
    if (readOnly === this.snapshot.readOnly) return;
    if (readOnly && this.base) this.cancelGesture();
    this.set({ readOnly }, false);
  }

  /**
   * One undoable step. `select` replaces the selection (e.g. with a frame just placed). Steps
   * with the same `mergeKey` in a row (typing a caption, one character at a time) undo as one.
   */
  change(label: string, update: (doc: PageDocument) => PageDocument, select?: readonly string[], mergeKey?: string): void {
    if (this.snapshot.readOnly) return; // nothing changes, nor is a frame that was not made selected
    if (this.base) this.endGesture(label);
    const before = this.snapshot.doc;
    const doc = update(before);
    if (doc === before) {
      if (select) this.set({ selection: [...select] }, false);
      this.lastMerge = null;
      return;
    }
    if (!mergeKey || mergeKey !== this.lastMerge) this.history.record(before, label);
    this.lastMerge = mergeKey ?? null;
    this.set({ doc, ...(select ? { selection: [...select] } : {}) }, true);
  }

  beginGesture(): void {
    if (this.snapshot.readOnly) return;
    this.lastMerge = null;
    this.base = this.snapshot.doc;
    this.set({ gesture: true }, false);
  }

  /** The document during a gesture, computed from where the gesture started (not cumulatively). */
  gestureUpdate(update: (base: PageDocument) => PageDocument): void {
    if (this.snapshot.readOnly) return;
    const base = this.base ?? this.snapshot.doc;
    const doc = update(base);
    if (doc === this.snapshot.doc) return;
    this.set({ doc }, true);
  }

  endGesture(label: string): void {
    const base = this.base;
    this.base = null;
    if (base && base !== this.snapshot.doc) this.history.record(base, label);
    // Announced as a change so listeners that wait for the gesture's end (autosave) act now.
    this.set({ gesture: false }, base !== null && base !== this.snapshot.doc);
  }

  cancelGesture(): void {
    const base = this.base;
    this.base = null;
    if (base && base !== this.snapshot.doc) this.set({ doc: base, gesture: false }, true);
    else this.set({ gesture: false }, false);
  }

  select(ids: readonly string[]): void {
    const same = ids.length === this.snapshot.selection.length && ids.every((id, i) => this.snapshot.selection[i] === id);
    if (!same) this.set({ selection: [...ids] }, false);
  }

  toggle(id: string): void {
    const has = this.snapshot.selection.includes(id);
    this.select(has ? this.snapshot.selection.filter((s) => s !== id) : [...this.snapshot.selection, id]);
  }

  undo(): boolean {
    if (this.snapshot.readOnly) return false;
    this.lastMerge = null;
    if (this.base) this.cancelGesture();
    const entry = this.history.undo(this.snapshot.doc);
    if (!entry) return false;
    this.set({ doc: entry.doc }, true);
    return true;
  }

  redo(): boolean {
    if (this.snapshot.readOnly) return false;
    this.lastMerge = null;
    const entry = this.history.redo(this.snapshot.doc);
    if (!entry) return false;
    this.set({ doc: entry.doc }, true);
    return true;
  }

  /** Another version of the page replaces this one (taken from another window): history starts afresh. */
  replaceDocument(doc: PageDocument): void {
    this.base = null;
    this.history.clear();
    this.set({ doc, gesture: false }, true);
  }
}

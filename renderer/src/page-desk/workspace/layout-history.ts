import type { PageDocument } from '../../../../shared/model/page';

/**
 * Undo and redo of layout changes: a stack of whole page documents. Documents are immutable
 * (frame-edits.ts), so keeping one costs only the frames that changed. A drag is one step:
 * the workspace records the document from before the gesture once it ends.
 */

export interface HistoryEntry {
  doc: PageDocument;
  /** What the step did, for the Undo button's title ("Move frame"). */
  label: string;
}

export const HISTORY_LIMIT = 200;

export class LayoutHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  /** Records `before` as the state a step left; clears what could be redone. */
  record(before: PageDocument, label: string): void {
    this.undoStack.push({ doc: before, label });
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  /** The document to go back to (with `current` kept for redo), or null. */
  undo(current: PageDocument): HistoryEntry | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push({ doc: current, label: entry.label });
    return entry;
  }

  redo(current: PageDocument): HistoryEntry | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push({ doc: current, label: entry.label });
    return entry;
  }

  get undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack[this.redoStack.length - 1]?.label ?? null;
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }
}

import { Editor, Element, Node, Point, Range, Transforms, type BaseRange, type NodeEntry, type RangeRef } from 'slate';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import {
  ANNOTATION_KIND_INFO,
  canAccept,
  type Annotation,
  type AnnotationAnchor,
  type AnnotationKind,
  type AnnotationStatus,
} from '../../../../shared/model/annotation';
import { anchorFor, bodyTexts, locateAnchor, type TextSpan } from '../../../../shared/proof/anchoring';
import type { ProofEditor, StoryEditor, SuggestAction } from '../slate-types';
import { acceptMark, STET_UNDOES } from './accept-mark';
import { markDecorations, type MarkLook } from './mark-decorations';
import { blockText, offsetOf, rangeAt, spanOf } from './slate-spans';

/** What the controller needs from the editor screen. */
export interface ControllerHost {
  storyId: string;
  /** The user name of this workstation ('' when not set). */
  user(): string;
  /** The proof round new marks belong to. */
  round(): number;
  /** The stored story version the editor's text is based on. */
  version(): number;
  isComposing(): boolean;
  /** Saves the text now; true when everything on screen is stored. */
  flushStory(): Promise<boolean>;
  notify(message: ControllerMessage): void;
  /** How marks look (colours, tooltips); from the interface language. */
  look: MarkLook;
}

export type ControllerMessage =
  | { kind: 'need-name' }
  | { kind: 'refused' }
  | { kind: 'composing' }
  | { kind: 'cannot-accept'; reason: 'orphaned' | 'no-next-block' | 'no-target' }
  | { kind: 'not-saved' }
  | { kind: 'one-block' }
  | { kind: 'failed'; message: string };

export interface MarkFilter {
  round: number | null;
  author: string | null;
  status: AnnotationStatus | 'all';
}

export interface ControllerSnapshot {
  /** Every mark of the story, replies included, oldest first. */
  marks: readonly Annotation[];
  /** Marks whose text was found: the others are orphaned. */
  located: ReadonlySet<string>;
  selectedId: string | null;
  filter: MarkFilter;
  loaded: boolean;
  error: string | null;
}

type Client = Pick<BanmianClient, 'call'>;
type Patch = { text?: string; kind?: 'replace' | 'delete'; anchor?: AnnotationAnchor };

/** The marks' anchors at one moment, for the save that read the text at that moment. */
export type AnchorSnapshot = Map<string, { anchor: AnnotationAnchor; target: AnnotationAnchor | null }>;

const PATCH_DELAY_MS = 300;

/**
 * The marks of one open story. It keeps a Slate range ref per open mark, so marks follow every
 * edit (before, inside or after them); after each save their anchors are sent for the saved
 * version. It turns suggest-mode typing into suggestions, applies accepted marks to the text,
 * and gives the body its decorations — frozen while an IME composition is open. Plain
 * TypeScript: React reads it through subscribe/getSnapshot.
 */
export class AnnotationController {
  private readonly records = new Map<string, Annotation>();
  private readonly refs = new Map<string, RangeRef>();
  private readonly targets = new Map<string, RangeRef>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly patches = new Map<string, { patch: Patch; timer: ReturnType<typeof setTimeout> }>();
  private readonly lastRanges = new Map<number, BaseRange[]>();
  private readonly listeners = new Set<() => void>();
  private readonly epochListeners = new Set<() => void>();
  private epoch = 0;
  private staleDecorations = false;
  private composing = false;
  private snapshot: ControllerSnapshot;
  private disposed = false;

  constructor(
    private readonly editor: StoryEditor,
    private readonly client: Client,
    private readonly host: ControllerHost,
  ) {
    this.snapshot = { marks: [], located: new Set(), selectedId: null, filter: { round: null, author: null, status: 'open' }, loaded: false, error: null };
    const proof = editor as StoryEditor & ProofEditor;
    proof.proofDecorations = (entry) => this.decorations(entry);
    proof.proofEpoch = { subscribe: (listener) => this.subscribeEpoch(listener), get: () => this.epoch };
    proof.onSuggest = (action) => this.suggest(action);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ControllerSnapshot => this.snapshot;

  // ---------------------------------------------------------------- loading

  /** Fetches the story's marks and finds each open one in the text. */
  async load(): Promise<void> {
    try {
      const list = await this.client.call('annotations.list', { storyId: this.host.storyId });
      this.merge(list);
    } catch (error) {
      this.set({ error: errorMessage(error), loaded: true });
    }
  }

  /**
   * Takes in the store's list. Marks this window already tracks keep their range refs (which
   * follow this window's text); new ones are found by their anchors; local changes not yet
   * sent win over the store's copy.
   */
  merge(list: readonly Annotation[]): void {
    if (this.disposed) return;
    const seen = new Set<string>();
    const moved: Annotation[] = [];
    const texts = bodyTexts(this.editor.children as never);
    for (const stored of list) {
      seen.add(stored.id);
      const local = this.records.get(stored.id);
      // A mark this window is still sending keeps its local state; the store's copy is older.
      const record = local && (this.chains.has(stored.id) || this.patches.has(stored.id)) ? local : stored;
      this.records.set(stored.id, record);
      if (!this.tracks(record)) {
        this.release(stored.id);
        continue;
      }
      if (!this.refs.has(stored.id) && !this.orphaned(stored.id)) {
        const span = this.locate(record.anchor, texts);
        if (span) this.refs.set(stored.id, Editor.rangeRef(this.editor, rangeAt(this.editor, span), { affinity: 'inward' }));
        else this.orphans.add(stored.id);
        if (record.target && span) {
          const target = locateAnchor(record.target, texts);
          if (target) this.targets.set(stored.id, Editor.rangeRef(this.editor, rangeAt(this.editor, target), { affinity: 'inward' }));
        }
        const now = span ? anchorFor(texts, span, this.host.version()) : { ...record.anchor, orphaned: true };
        if (now.path[0] !== record.anchor.path[0] || now.offset !== record.anchor.offset || now.quote !== record.anchor.quote || now.orphaned !== record.anchor.orphaned) {
          moved.push(record);
        }
      }
    }
    for (const id of [...this.records.keys()]) {
      // Gone from the store (withdrawn elsewhere) unless it is still being created here.
      if (!seen.has(id) && !this.chains.has(id)) {
        this.records.delete(id);
        this.release(id);
      }
    }
    this.publish({ loaded: true, error: null });
    // Found elsewhere than stored (the text was changed by another window or a restore): store where.
    if (moved.length > 0) void this.saveAnchors(this.anchorSnapshot(moved.map((m) => m.id)), this.host.version());
  }

  /** Another window's save replaced the text: every mark is found again by its anchor. */
  relocateAll(): void {
    for (const id of [...this.refs.keys()]) this.release(id);
    this.orphans.clear();
    const list = [...this.records.values()];
    this.records.clear();
    this.merge(list);
  }

  dispose(): void {
    this.disposed = true;
    for (const id of [...this.refs.keys(), ...this.targets.keys()]) this.release(id);
    for (const { timer } of this.patches.values()) clearTimeout(timer);
    this.listeners.clear();
    this.epochListeners.clear();
  }

  // ---------------------------------------------------------------- reading

  /** Where a mark stands now, or null when its text is gone. */
  rangeOf(id: string): Range | null {
    const range = this.refs.get(id)?.current ?? null;
    const mark = this.records.get(id);
    if (!range || !mark) return null;
    if (ANNOTATION_KIND_INFO[mark.kind].shape === 'range' && Range.isCollapsed(range)) return null;
    return range;
  }

  targetOf(id: string): Point | null {
    const range = this.targets.get(id)?.current;
    return range ? Range.start(range) : null;
  }

  /** Marks visible under the panel's filters (top-level marks; replies go with them). */
  visible(filter: MarkFilter = this.snapshot.filter): Annotation[] {
    return this.snapshot.marks.filter(
      (mark) =>
        mark.replyTo === null &&
        (filter.round === null || mark.round === filter.round) &&
        (filter.author === null || mark.author === filter.author) &&
        (filter.status === 'all' || mark.status === filter.status),
    );
  }

  setFilter(filter: Partial<MarkFilter>): void {
    this.publish({ filter: { ...this.snapshot.filter, ...filter } });
  }

  select(id: string | null): void {
    this.publish({ selectedId: id });
  }

  // ---------------------------------------------------------------- making marks

  /**
   * A mark on `range` made from the menu. Point kinds take the range's end (where the caret
   * is); a 转移 needs `target`. Returns the new mark, or null when it could not be made.
   */
  createMark(kind: AnnotationKind, range: Range, fields: { text?: string; body?: string; target?: Point | null } = {}): Annotation | null {
    const info = ANNOTATION_KIND_INFO[kind];
    const [start, end] = Range.edges(range);
    if (info.shape === 'range' && start.path[0] !== end.path[0]) {
      this.host.notify({ kind: 'one-block' });
      return null;
    }
    let span: TextSpan;
    if (kind === 'join') {
      const block = end.path[0]!;
      const length = blockText(this.editor, block).length;
      span = { block, start: length, end: length };
    } else if (info.shape === 'point') {
      const at = offsetOf(this.editor, end);
      span = { block: at.block, start: at.offset, end: at.offset };
    } else {
      span = spanOf(this.editor, range);
      if (span.start === span.end) return null;
    }
    const text = fields.text ?? (info.text === 'default' ? (info.defaultText ?? '') : '');
    let target: TextSpan | null = null;
    if (kind === 'move') {
      if (!fields.target) {
        this.host.notify({ kind: 'cannot-accept', reason: 'no-target' });
        return null;
      }
      const at = offsetOf(this.editor, fields.target);
      target = { block: at.block, start: at.offset, end: at.offset };
    }
    return this.create(kind, span, { text, body: fields.body ?? '', target });
  }

  reply(parentId: string, body: string): void {
    const parent = this.records.get(parentId);
    const author = this.host.user();
    if (!parent || !body.trim()) return;
    if (!author) return this.host.notify({ kind: 'need-name' });
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const local: Annotation = { ...parent, id, kind: 'comment', text: '', target: null, body, author, status: 'open', round: this.host.round(), replyTo: parentId, createdAt: now, updatedAt: now, decidedBy: null, decidedAt: null };
    this.records.set(id, local);
    this.publish();
    this.enqueue(id, async () => {
      const created = await this.client.call('annotations.create', { id, storyId: this.host.storyId, kind: 'comment', body, author, round: local.round, replyTo: parentId });
      this.records.set(id, created);
      this.publish();
    });
  }

  private create(kind: AnnotationKind, span: TextSpan, fields: { text: string; body: string; target: TextSpan | null }): Annotation | null {
    const author = this.host.user();
    if (!author) {
      this.host.notify({ kind: 'need-name' });
      return null;
    }
    const texts = bodyTexts(this.editor.children as never);
    const version = this.host.version();
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const mark: Annotation = {
      id,
      storyId: this.host.storyId,
      anchor: anchorFor(texts, span, version),
      kind,
      text: fields.text,
      target: fields.target ? anchorFor(texts, fields.target, version) : null,
      body: fields.body,
      author,
      status: 'open',
      round: this.host.round(),
      replyTo: null,
      createdAt: now,
      updatedAt: now,
      decidedBy: null,
      decidedAt: null,
    };
    this.records.set(id, mark);
    this.refs.set(id, Editor.rangeRef(this.editor, rangeAt(this.editor, span), { affinity: 'inward' }));
    if (fields.target) this.targets.set(id, Editor.rangeRef(this.editor, rangeAt(this.editor, fields.target), { affinity: 'inward' }));
    this.publish();
    this.enqueue(id, async () => {
      const created = await this.client.call('annotations.create', {
        id,
        storyId: mark.storyId,
        anchor: mark.anchor,
        kind,
        text: mark.text,
        target: mark.target,
        body: mark.body,
        author,
        round: mark.round,
      });
      // Typing may have changed the mark meanwhile: the local copy stays until its patch is sent.
      if (!this.patches.has(id)) this.records.set(id, { ...created, anchor: this.records.get(id)?.anchor ?? created.anchor });
      this.publish();
    });
    return mark;
  }

  // ---------------------------------------------------------------- suggest mode

  private suggest(action: SuggestAction): void {
    if (action.type === 'refused') return this.host.notify({ kind: 'refused' });
    if (!this.host.user()) return this.host.notify({ kind: 'need-name' });
    const editor = this.editor;
    switch (action.type) {
      case 'insert': {
        if (Range.isExpanded(action.at)) {
          this.suggestReplace(action.at, action.text);
        } else {
          this.suggestInsert(Range.start(action.at), action.text);
        }
        return;
      }
      case 'delete':
        this.suggestDelete(action.at, action.direction);
        return;
      case 'split': {
        const point = Range.end(action.at);
        if (!this.findOpen('split', (range) => Point.equals(Range.start(range), point))) this.createMark('split', { anchor: point, focus: point });
        return;
      }
      case 'join': {
        const end = Editor.end(editor, [action.block]);
        if (!this.findOpen('join', (range) => Range.start(range).path[0] === action.block)) this.createMark('join', { anchor: end, focus: end });
        return;
      }
    }
  }

  /** An open mark of this user of `kind` whose range satisfies `test`. */
  private findOpen(kind: AnnotationKind, test: (range: Range) => boolean, ownOnly = false): Annotation | null {
    const user = this.host.user();
    for (const mark of this.records.values()) {
      if (mark.kind !== kind || mark.status !== 'open' || mark.replyTo !== null || (ownOnly && mark.author !== user)) continue;
      const range = this.refs.get(mark.id)?.current;
      if (range && test(range)) return mark;
    }
    return null;
  }

  private suggestInsert(point: Point, text: string): void {
    const at = (range: Range) => Point.equals(Range.end(range), point);
    const insertion = this.findOpen('insert', (range) => Point.equals(Range.start(range), point), true);
    if (insertion) return this.patch(insertion.id, { text: insertion.text + text });
    const replacement = this.findOpen('replace', at, true);
    if (replacement) return this.patch(replacement.id, { text: replacement.text + text });
    // Typing where one's own deletion starts or ends: that deletion becomes a replacement.
    const deletion = this.findOpen('delete', (range) => Point.equals(Range.start(range), point) || at(range), true);
    if (deletion) return this.patch(deletion.id, { kind: 'replace', text });
    const span = spanOf(this.editor, { anchor: point, focus: point });
    this.create('insert', span, { text, body: '', target: null });
  }

  private suggestReplace(range: Range, text: string): void {
    const span = spanOf(this.editor, range);
    const same = this.findOpen('delete', (r) => Range.equals(r, rangeAt(this.editor, span)), true);
    if (same) this.patch(same.id, { kind: 'replace', text });
    else this.create('replace', span, { text, body: '', target: null });
    Transforms.select(this.editor, rangeAt(this.editor, span).focus);
  }

  private suggestDelete(range: Range, direction: 'backward' | 'forward'): void {
    const editor = this.editor;
    const span = spanOf(editor, range);
    if (span.start === span.end) return;
    const caret = direction === 'backward' ? Range.end(range) : Range.start(range);
    if (Range.isCollapsed(editor.selection ?? range)) {
      // Backspace inside what one just suggested takes it back, character by character.
      const insertion = direction === 'backward' ? this.findOpen('insert', (r) => Point.equals(Range.start(r), caret), true) : null;
      if (insertion && insertion.text) return this.shorten(insertion);
      const replacement = direction === 'backward' ? this.findOpen('replace', (r) => Point.equals(Range.end(r), caret), true) : null;
      if (replacement && replacement.text) return this.shorten(replacement);
    }
    // Next to one's own deletion: it grows.
    const adjacent = this.findOpen('delete', (r) => {
      const other = spanOf(editor, r);
      return other.block === span.block && other.start <= span.end && span.start <= other.end;
    }, true);
    if (adjacent) {
      const other = spanOf(editor, this.refs.get(adjacent.id)!.current!);
      const union = { block: span.block, start: Math.min(other.start, span.start), end: Math.max(other.end, span.end) };
      this.moveRange(adjacent.id, union);
      this.patch(adjacent.id, { anchor: anchorFor(bodyTexts(editor.children as never), union, this.host.version()) });
    } else {
      this.create('delete', span, { text: '', body: '', target: null });
    }
    const after = rangeAt(editor, span);
    Transforms.select(editor, direction === 'backward' ? Range.start(after) : Range.end(after));
  }

  /** One character less of a suggested insertion or replacement; an empty one is withdrawn or back to a deletion. */
  private shorten(mark: Annotation): void {
    const chars = Array.from(mark.text);
    chars.pop();
    const text = chars.join('');
    if (text) return this.patch(mark.id, { text });
    if (mark.kind === 'replace') return this.patch(mark.id, { kind: 'delete', text: '' });
    void this.remove(mark.id);
  }

  private moveRange(id: string, span: TextSpan): void {
    this.refs.get(id)?.unref();
    this.refs.set(id, Editor.rangeRef(this.editor, rangeAt(this.editor, span), { affinity: 'inward' }));
  }

  /** Changes a mark here at once and in the store shortly after (typing sends one update per pause). */
  private patch(id: string, patch: Patch): void {
    const mark = this.records.get(id);
    if (!mark) return;
    this.records.set(id, { ...mark, ...patch, updatedAt: new Date().toISOString() });
    const pending = this.patches.get(id);
    if (pending) clearTimeout(pending.timer);
    const merged = { ...pending?.patch, ...patch };
    this.patches.set(id, { patch: merged, timer: setTimeout(() => this.sendPatch(id), PATCH_DELAY_MS) });
    this.publish();
  }

  private sendPatch(id: string): void {
    const pending = this.patches.get(id);
    if (!pending) return;
    this.enqueue(id, async () => {
      const current = this.patches.get(id);
      if (!current) return;
      this.patches.delete(id);
      const updated = await this.client.call('annotations.update', { id, author: this.host.user(), patch: current.patch });
      if (!this.patches.has(id)) this.records.set(id, updated);
      this.publish();
    });
  }

  /** Sends what is waiting (leaving the story, or before a decision). */
  async flushPatches(): Promise<void> {
    for (const [id, { timer }] of this.patches) {
      clearTimeout(timer);
      this.sendPatch(id);
    }
    await Promise.all([...this.chains.values()].map((chain) => chain.catch(() => undefined)));
  }

  // ---------------------------------------------------------------- deciding

  async setStatus(id: string, status: AnnotationStatus): Promise<void> {
    const author = this.host.user();
    if (!author) return this.host.notify({ kind: 'need-name' });
    await this.flushPatches();
    const mark = this.records.get(id);
    if (!mark) return;
    this.records.set(id, { ...mark, status, decidedBy: status === 'open' ? null : author });
    if (status !== 'open') this.release(id);
    this.publish();
    this.storeStatus(id, status, author);
    await this.chains.get(id)?.catch(() => undefined);
  }

  private storeStatus(id: string, status: AnnotationStatus, author: string): void {
    this.enqueue(id, async () => {
      const updated = await this.client.call('annotations.setStatus', { id, status, author });
      this.records.set(id, updated);
      // Reopened: found in the text again.
      if (updated.status === 'open' && !this.refs.has(id)) this.merge([...this.records.values()]);
      this.publish();
    });
  }

  /** Applies marks to the text, saves it, then records them as accepted. */
  async accept(ids: readonly string[]): Promise<void> {
    if (this.host.isComposing()) return this.host.notify({ kind: 'composing' });
    const author = this.host.user();
    if (!author) return this.host.notify({ kind: 'need-name' });
    await this.flushPatches();
    const marks = ids.map((id) => this.records.get(id)).filter((m): m is Annotation => !!m && m.status === 'open' && canAccept(m));
    // 保留 first: it takes back the changes it stands over before they are applied.
    marks.sort((a, b) => (a.kind === 'stet' ? 0 : 1) - (b.kind === 'stet' ? 0 : 1));
    const accepted: string[] = [];
    const rejected: string[] = [];
    let failure: ControllerMessage | null = null;
    this.editor.withDirectEdits(() => {
      Editor.withoutNormalizing(this.editor, () => {
        for (const mark of marks) {
          if (rejected.includes(mark.id)) continue;
          const range = this.rangeOf(mark.id);
          if (!range) {
            failure = { kind: 'cannot-accept', reason: 'orphaned' };
            continue;
          }
          if (mark.kind === 'stet') rejected.push(...this.overlapping(mark.id, range));
          const outcome = acceptMark(this.editor, mark, range, this.targetOf(mark.id));
          if (outcome.ok) accepted.push(mark.id);
          else failure = { kind: 'cannot-accept', reason: outcome.reason };
        }
      });
    });
    if (failure) this.host.notify(failure);
    if (accepted.length === 0 && rejected.length === 0) return;
    // Decided here at once (no longer drawn, no anchors saved for them); stored once the text is.
    const decided = (ids: string[], status: AnnotationStatus) => {
      for (const id of ids) {
        const mark = this.records.get(id);
        if (mark) this.records.set(id, { ...mark, status, decidedBy: author });
        this.release(id);
      }
    };
    decided(accepted, 'accepted');
    decided(rejected, 'rejected');
    this.publish();
    // The change reaches the store with the story's version first; only then is the mark accepted.
    const saved = await this.host.flushStory();
    if (!saved) {
      this.host.notify({ kind: 'not-saved' });
      return;
    }
    for (const id of rejected) this.storeStatus(id, 'rejected', author);
    for (const id of accepted) this.storeStatus(id, 'accepted', author);
    await Promise.all([...rejected, ...accepted].map((id) => this.chains.get(id)?.catch(() => undefined)));
  }

  async reject(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.setStatus(id, 'rejected');
  }

  async remove(id: string): Promise<void> {
    const author = this.host.user();
    const mark = this.records.get(id);
    if (!mark) return;
    const pending = this.patches.get(id);
    if (pending) clearTimeout(pending.timer);
    this.patches.delete(id);
    this.records.delete(id);
    for (const other of [...this.records.values()]) if (other.replyTo === id) this.records.delete(other.id);
    this.release(id);
    this.publish();
    this.enqueue(id, () => this.client.call('annotations.remove', { id, author }));
    await this.chains.get(id)?.catch(() => undefined);
  }

  /** Open marks a 保留 over `range` takes back. */
  private overlapping(stetId: string, range: Range): string[] {
    const span = spanOf(this.editor, range);
    const ids: string[] = [];
    for (const mark of this.records.values()) {
      if (mark.id === stetId || mark.status !== 'open' || !STET_UNDOES.has(mark.kind)) continue;
      const other = this.rangeOf(mark.id);
      if (!other) continue;
      const o = spanOf(this.editor, other);
      if (o.block === span.block && o.start < span.end && span.start < o.end) ids.push(mark.id);
    }
    return ids;
  }

  // ---------------------------------------------------------------- anchors

  /** The open marks' anchors as the text stands now (read together with the fields a save sends). */
  anchorSnapshot(only?: readonly string[]): AnchorSnapshot {
    const texts = bodyTexts(this.editor.children as never);
    const version = this.host.version();
    const snapshot: AnchorSnapshot = new Map();
    for (const mark of this.records.values()) {
      if (!this.tracks(mark) || (only && !only.includes(mark.id))) continue;
      const range = this.rangeOf(mark.id);
      const anchor = range ? anchorFor(texts, spanOf(this.editor, range), version) : { ...mark.anchor, orphaned: true };
      const targetRange = this.targets.get(mark.id)?.current;
      const target = targetRange ? anchorFor(texts, spanOf(this.editor, targetRange), version) : mark.target;
      snapshot.set(mark.id, { anchor, target });
    }
    return snapshot;
  }

  /** After a save of `version`: stores the anchors that moved, as they stood in the saved text. */
  async saveAnchors(snapshot: AnchorSnapshot, version: number): Promise<void> {
    const anchors: { id: string; anchor: AnnotationAnchor; target?: AnnotationAnchor | null }[] = [];
    for (const [id, { anchor, target }] of snapshot) {
      const mark = this.records.get(id);
      if (!mark || mark.status !== 'open') continue;
      const same = (a: AnnotationAnchor | null, b: AnnotationAnchor | null) =>
        a === b || (!!a && !!b && a.path[0] === b.path[0] && a.offset === b.offset && a.quote === b.quote && a.before === b.before && a.after === b.after && a.orphaned === b.orphaned);
      if (same(anchor, mark.anchor) && same(target, mark.target)) continue;
      anchors.push({ id, anchor: { ...anchor, version }, ...(mark.kind === 'move' ? { target } : {}) });
      this.records.set(id, { ...mark, anchor: { ...anchor, version }, target });
    }
    if (anchors.length === 0) return;
    try {
      // After any create still on its way, so that every mark exists in the store.
      await Promise.all(anchors.map(({ id }) => this.chains.get(id)?.catch(() => undefined)));
      await this.client.call('annotations.reanchor', { storyId: this.host.storyId, version, anchors });
    } catch {
      // The story moved on (another save): the next save sends the anchors again, and a
      // window opening the story finds the marks by their quotes meanwhile.
    }
  }

  // ---------------------------------------------------------------- decorations

  /** The decorations of one node; while a composition is open, the ranges it had before. */
  private decorations([node, path]: NodeEntry): BaseRange[] {
    if (path.length !== 1 || !Element.isElement(node) || node.type === 'photo') return [];
    const index = path[0]!;
    if (this.host.isComposing() || this.composing) {
      this.staleDecorations = true;
      return clip(this.lastRanges.get(index) ?? [], node, index);
    }
    const ranges = markDecorations(this.editor, index, this.drawn(), this.host.look, this.snapshot.selectedId);
    this.lastRanges.set(index, ranges);
    return ranges;
  }

  /** Open marks drawn in the text, with their ranges. */
  private drawn(): { mark: Annotation; range: Range; target: Point | null }[] {
    const filter = this.snapshot.filter;
    const out: { mark: Annotation; range: Range; target: Point | null }[] = [];
    for (const mark of this.records.values()) {
      if (!this.tracks(mark)) continue;
      if ((filter.round !== null && mark.round !== filter.round) || (filter.author !== null && mark.author !== filter.author)) continue;
      const range = this.rangeOf(mark.id);
      if (range) out.push({ mark, range, target: this.targetOf(mark.id) });
    }
    return out;
  }

  /** A composition started: decorations stay as they are until it ends. */
  compositionStarted(): void {
    this.composing = true;
  }

  compositionEnded(): void {
    this.composing = false;
    if (this.staleDecorations || this.epochPending) {
      this.staleDecorations = false;
      this.epochPending = false;
      this.bumpEpoch();
    }
  }

  private epochPending = false;

  private subscribeEpoch(listener: () => void): () => void {
    this.epochListeners.add(listener);
    return () => this.epochListeners.delete(listener);
  }

  private bumpEpoch(): void {
    if (this.host.isComposing() || this.composing) {
      this.epochPending = true;
      return;
    }
    this.epoch += 1;
    for (const listener of [...this.epochListeners]) listener();
  }

  // ---------------------------------------------------------------- plumbing

  private readonly orphans = new Set<string>();

  private orphaned(id: string): boolean {
    return this.orphans.has(id);
  }

  /** Open top-level marks are followed through the text; decided ones and replies are not. */
  private tracks(mark: Annotation): boolean {
    return mark.status === 'open' && mark.replyTo === null;
  }

  private locate(anchor: AnnotationAnchor, texts: readonly string[]): TextSpan | null {
    const span = locateAnchor(anchor, texts);
    if (!span) return null;
    const block = this.editor.children[span.block];
    return block && Element.isElement(block) && block.type !== 'photo' ? span : null;
  }

  private release(id: string): void {
    this.refs.get(id)?.unref();
    this.refs.delete(id);
    this.targets.get(id)?.unref();
    this.targets.delete(id);
    this.orphans.delete(id);
  }

  private enqueue(id: string, task: () => Promise<unknown>): void {
    const previous = this.chains.get(id) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(task)
      .catch((error: unknown) => {
        this.host.notify({ kind: 'failed', message: errorMessage(error) });
        void this.load(); // take the store's word for what exists
      })
      .finally(() => {
        if (this.chains.get(id) === next) this.chains.delete(id);
      });
    this.chains.set(id, next);
  }

  private publish(patch: Partial<ControllerSnapshot> = {}): void {
    const marks = [...this.records.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    const located = new Set<string>();
    for (const id of this.refs.keys()) if (this.rangeOf(id)) located.add(id);
    this.snapshot = { ...this.snapshot, ...patch, marks, located };
    this.bumpEpoch();
    for (const listener of [...this.listeners]) listener();
  }

  private set(patch: Partial<ControllerSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

/** Earlier ranges that still fit the block's leaves (decorations frozen during a composition). */
function clip(ranges: readonly BaseRange[], block: Element, index: number): BaseRange[] {
  const fits = (point: Point) => {
    const leaf = block.children[point.path[1] ?? 0];
    return leaf !== undefined && Node.string(leaf).length >= point.offset;
  };
  return ranges
    .filter((range) => fits(range.anchor) && fits(range.focus))
    .map((range) => ({
      ...range,
      anchor: { ...range.anchor, path: [index, range.anchor.path[1] ?? 0] },
      focus: { ...range.focus, path: [index, range.focus.path[1] ?? 0] },
    }));
}

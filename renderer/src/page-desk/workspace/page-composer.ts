import type { ComposeResult, FrameReport, PreflightIssue } from '../../../../shared/compose/compose-types';
import { itemKeys } from '../../../../shared/compose/item-keys';
import type { PageComposition, PhotoView } from '../../../../shared/ipc/page-contract';
import type { DisplayItem } from '../../../../shared/model/display-list';
import type { PageDocument } from '../../../../shared/model/page';
import type { StoryFields } from '../../../../shared/model/story';
import type { Measurer } from '../../../../shared/typeset/measurer';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import { LocalComposer } from './local-composer';

/**
 * Live composition. Every change of the page (or of a story being typed) is composed at once:
 * in the window when it can be composed exactly there (LocalComposer: frames moved, resized,
 * rethreaded — the text and fonts it knows), otherwise in the main process with `pages.compose`,
 * latest wins — one request in flight, and when it returns the newest document is sent if it
 * changed meanwhile, never the ones in between. Main-process answers carry the resources the
 * window lacked, so the next change is composed in the window again. Items are kept by key:
 * unchanged items keep their objects (React skips them) and never cross the IPC boundary again.
 */

export type Alternates = Readonly<Record<string, Array<[number, 'fwid' | 'pwid']>>>;

export interface DeskComposition {
  /** Increases with every composition shown; `revision` is the workspace revision it composed. */
  seq: number;
  revision: number;
  /** Where it was composed. */
  source: 'window' | 'main';
  page: PageComposition['page'];
  order: readonly string[];
  items: ReadonlyMap<string, DisplayItem>;
  alternates: Alternates;
  frames: ReadonlyMap<string, FrameReport>;
  preflight: readonly PreflightIssue[];
  /** The faces its glyph runs are set in. */
  faces: readonly string[];
  photos: Readonly<Record<string, PhotoView>>;
  /** Time the composition took where it ran, ms. */
  ms: number;
}

export interface ComposerState {
  composed: DeskComposition | null;
  /** A main-process composition has been asked for and not yet received. */
  busy: boolean;
  error: string | null;
}

interface Request {
  doc: PageDocument;
  drafts: Record<string, StoryFields>;
  revision: number;
}

type Client = Pick<BanmianClient, 'call'>;

const WARM_UP_DELAY_MS = 400;

export class PageComposer {
  private state: ComposerState = { composed: null, busy: false, error: null };
  private readonly listeners = new Set<() => void>();
  private readonly local = new LocalComposer();
  private inFlight = false;
  private pending: Request | null = null;
  private seq = 0;
  private disposed = false;
  private drafts: Record<string, StoryFields> = {};
  private last: Request | null = null;

  /** `composeInWindow: false` sends every change to the main process (a diagnostic switch; see docs/page-desk.md). */
  constructor(
    private readonly client: Client,
    private readonly options: { composeInWindow: boolean } = { composeInWindow: true },
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ComposerState => this.state;

  /** Compose this document: here and now if possible, else in the main process. */
  request(doc: PageDocument, revision: number): void {
    const request = { doc, drafts: this.drafts, revision };
    this.last = request;
    if (this.composeHere(request)) return;
    this.sendToMain(request);
  }

  /** The stories being typed, as composition sees them (for commands that compose the page in the main process). */
  draftStories(): Record<string, StoryFields> {
    return this.drafts;
  }

  /** A story as it is being typed: composed in place of the stored one until `clearDraft`. */
  setDraft(storyId: string, fields: StoryFields): void {
    this.drafts = { ...this.drafts, [storyId]: fields };
    if (this.last) this.request(this.last.doc, this.last.revision);
  }

  clearDraft(storyId: string): void {
    if (!(storyId in this.drafts)) return;
    const { [storyId]: _gone, ...rest } = this.drafts;
    this.drafts = rest;
  }

  /** Stories changed in the store: the main process composes again, with the stories as stored now. */
  refresh(): void {
    if (this.last) this.sendToMain({ ...this.last, drafts: this.drafts });
  }

  /** A measurer for the proof layer: the font answers the window holds, estimates beyond them. */
  proofMeasurer(): Measurer {
    return this.local.proofMeasurer();
  }

  currentDrafts(): Record<string, StoryFields> {
    return this.drafts;
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private setState(next: ComposerState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private composeHere(request: Request): boolean {
    if (!this.options.composeInWindow) return false;
    const started = performance.now();
    const result = this.local.compose(request.doc, request.drafts);
    if (!result) return false;
    const composed = this.fromLocal(result, request.revision, started);
    this.setState({ composed, busy: this.inFlight || this.pending !== null, error: null });
    return true;
  }

  private sendToMain(request: Request): void {
    this.pending = request;
    if (!this.state.busy) this.setState({ ...this.state, busy: true });
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.inFlight || !this.pending || this.disposed) return;
    const request = this.pending;
    this.pending = null;
    this.inFlight = true;
    const held = this.state.composed;
    try {
      const result = await this.client.call('pages.compose', {
        document: request.doc,
        ...(Object.keys(request.drafts).length ? { drafts: request.drafts } : {}),
        ...(held ? { have: [...held.items.keys()] } : {}),
        // The main process is asked only when the window could not compose the page: then it
        // also sends what the window lacked (font answers, stories, photos).
        resources: this.options.composeInWindow,
      });
      if (this.disposed) return;
      if (result.resources) {
        this.local.absorb(result.resources);
        this.warmUp(request);
      }
      const current = this.state.composed;
      // A newer document may already be on screen (composed here meanwhile): keep it.
      const composed = current && current.revision > request.revision ? current : this.merge([current, held], result, request.revision);
      this.inFlight = false;
      this.setState({ composed, busy: this.pending !== null, error: null });
      // The newest document, if the main process's answer is older, may now be composable here.
      if (this.last && this.last.revision > composed.revision && !this.pending && this.composeHere({ ...this.last, drafts: this.drafts })) return;
    } catch (error) {
      if (this.disposed) return;
      this.inFlight = false;
      this.setState({ ...this.state, busy: this.pending !== null, error: errorMessage(error) });
    } finally {
      this.inFlight = false;
      void this.pump();
    }
  }

  /**
   * After new resources the window's layout cache is empty: set the page once while nothing
   * happens, so the first drag does not pay for it. Not at once: a page just opened still has
   * its fonts to take in and its text to lay out, and this ~60 ms would hold them up.
   */
  private warmUp(request: Request): void {
    setTimeout(() => {
      if (this.disposed || this.last !== request) return;
      this.local.compose(request.doc, request.drafts);
    }, WARM_UP_DELAY_MS);
  }

  private fromLocal(result: ComposeResult, revision: number, started: number): DeskComposition {
    const held = this.state.composed;
    const keys = itemKeys(result.page.items);
    const items = new Map<string, DisplayItem>();
    const alternates: Record<string, Array<[number, 'fwid' | 'pwid']>> = {};
    result.page.items.forEach((item, i) => {
      const key = keys[i]!;
      const kept = held?.items.get(key);
      items.set(key, kept ?? item);
      const alt = kept ? held?.alternates[key] : item.kind === 'glyphs' ? this.local.alternates(item) : undefined;
      if (alt?.length) alternates[key] = alt;
    });
    this.seq += 1;
    return {
      seq: this.seq,
      revision,
      source: 'window',
      page: { width: result.page.width, height: result.page.height, bleed: result.page.bleed },
      order: keys,
      items,
      alternates,
      frames: new Map(result.frames.map((f) => [f.frameId, f])),
      preflight: result.preflight,
      faces: facesOf(items.values()),
      photos: held?.photos ?? {},
      ms: performance.now() - started,
    };
  }

  /** The main process's answer with the items it did not send taken from what the window holds. */
  private merge(sources: ReadonlyArray<DeskComposition | null>, result: PageComposition, revision: number): DeskComposition {
    const items = new Map<string, DisplayItem>();
    const alternates: Record<string, Array<[number, 'fwid' | 'pwid']>> = {};
    for (const key of result.order) {
      const sent = result.items[key];
      const holder = sent ? undefined : sources.find((s) => s?.items.has(key));
      const item = sent ?? holder?.items.get(key);
      if (!item) continue; // cannot happen: main sends every key the caller did not name
      items.set(key, item);
      const alt = sent ? result.alternates[key] : holder?.alternates[key];
      if (alt) alternates[key] = alt;
    }
    this.seq += 1;
    return {
      seq: this.seq,
      revision,
      source: 'main',
      page: result.page,
      order: result.order,
      items,
      alternates,
      frames: new Map(result.frames.map((f) => [f.frameId, f])),
      preflight: result.preflight,
      faces: result.faces,
      photos: result.photos,
      ms: result.ms,
    };
  }
}

function facesOf(items: Iterable<DisplayItem>): string[] {
  const faces = new Set<string>();
  for (const item of items) if (item.kind === 'glyphs') faces.add(item.face);
  return [...faces];
}

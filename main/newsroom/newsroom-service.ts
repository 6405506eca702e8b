import {
  DEFAULT_IDLE_MINUTES,
  DEFAULT_OFFLINE_HOURS,
  type CheckOutKind,
  type CheckOutView,
  type MarkConflict,
  type NewsroomSettings,
  type NewsroomStatus,
  type PageConflict,
  type SlotConflict,
  type StoryConflict,
} from '../../shared/ipc/newsroom-contract';
import { BanmianError } from '../../shared/ipc/result';
import type { EventName, Events } from '../../shared/ipc/contract';
import type { Story, StoryFields } from '../../shared/model/story';
import type { InboundReport } from '../store/newsroom-inbound';
import { docIdOf, parseDocId } from '../store/newsroom-docs';
import type { Store } from '../store/store-types';
import { CheckOut, LEASE_MS } from './check-out';
import { markConflicts, pageConflicts, resolveSide, resolveSlot, slotConflicts } from './engine-conflicts';
import { readDirectory, type DirectoryEntry } from './newsroom-directory';
import { NewsroomDesk } from './newsroom-desk';
import { readNewsroomSettings, writeNewsroomSettings } from './newsroom-settings-file';
import { openReplica, replicaPathFor, type Replica } from './replica';
import type { SecretStore } from './secret-store';
import { splitServerUrl } from './server-setup';

/** What arrived from the server, for the windows: stories, pages, the stories whose marks changed, and photos (their previews). */
export interface NewsroomChanges {
  stories: string[];
  pages: string[];
  markStories: string[];
  /** Stories whose revisions or status history grew. */
  historyStories: string[];
  /** Assignments that arrived. */
  assignments: string[];
  /** SHA-256 of photos whose preview arrived (the page desk's photo panel lists them). */
  photos?: string[];
}

export interface NewsroomServiceOptions {
  store: Store;
  /** newsroom.json in the data folder. */
  settingsFile: string;
  secrets: SecretStore;
  /** The status light changed. */
  onStatus?: (status: NewsroomStatus) => void;
  /** Changes from the server landed in SQLite: story ids, and the stories whose marks changed. */
  onChanged?: (changed: NewsroomChanges) => void;
  /** How long a check-out lease lasts; it is renewed at a third of that while held. Default 5 minutes. */
  leaseMs?: number;
  /** Overrides the setting's idle minutes (tests). */
  idleMs?: number;
  /** A check-out this desk held was broken or lost: found at its renewal. */
  onCheckOutLost?: (lost: { kind: CheckOutKind; id: string; holder: string | null }) => void;
}

/** A check-out this desk holds: its lease, the renewal timer, the renewal under way (a release waits for it). */
interface Held {
  since: string;
  offline: boolean;
  timer: NodeJS.Timeout;
  renewing: Promise<unknown>;
}

/** Tells the windows what arrived: one event per kind (the app and the e2e harness share this). */
export function announceNewsroomChanges(changes: NewsroomChanges, notify: <E extends EventName>(event: E, payload: Events[E]) => void): void {
  if (changes.stories.length > 0) notify('stories.changed', { ids: changes.stories });
  if (changes.pages.length > 0) notify('pages.changed', { ids: changes.pages });
  for (const storyId of changes.markStories) notify('annotations.changed', { storyId });
  if (changes.historyStories.length > 0) notify('history.changed', { storyIds: changes.historyStories });
  if (changes.assignments.length > 0) notify('tasks.changed', { ids: changes.assignments });
  if (changes.photos && changes.photos.length > 0) notify('photos.changed', { sha256s: changes.photos });
}

/** The app's newsroom: its settings, the desk when joined, and the conflicts for the windows. */
export class NewsroomService {
  private desk: NewsroomDesk | null = null;
  private replica: Replica | null = null;
  private locks: CheckOut | null = null;
  /** Check-outs this desk holds, by document id. */
  private readonly held = new Map<string, Held>();
  /** This user's server roles (asked once per join), for offering 总编室 the break. */
  private roles: Promise<string[]> | null = null;

  constructor(private readonly options: NewsroomServiceOptions) {}

  settings(): NewsroomSettings {
    const file = readNewsroomSettings(this.options.settingsFile);
    return {
      url: file?.url ?? '',
      user: file?.user ?? '',
      hasPassword: Boolean(file?.password),
      canStorePassword: this.options.secrets.canEncrypt(),
      idleMinutes: file?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
      offlineHours: file?.offlineHours ?? DEFAULT_OFFLINE_HOURS,
      status: this.status(),
    };
  }

  status(): NewsroomStatus | null {
    return this.desk?.status() ?? null;
  }

  /** Stores the settings with the password encrypted and (re)starts syncing. */
  async join(input: { url: string; user: string; password: string; idleMinutes?: number; offlineHours?: number }): Promise<NewsroomSettings> {
    const { secrets, settingsFile } = this.options;
    let url: string;
    try {
      url = splitServerUrl(input.url).url;
    } catch (error) {
      throw new BanmianError('invalid-input', (error as Error).message, undefined, [`url: ${(error as Error).message}`]);
    }
    if (!secrets.canEncrypt()) {
      throw new BanmianError('forbidden', 'This computer offers no encrypted storage for the password (no keychain), so Banmian will not keep it.');
    }
    const stored = readNewsroomSettings(settingsFile);
    let encrypted: string;
    if (input.password !== '') encrypted = secrets.encrypt(input.password).toString('base64');
    else if (stored?.password && stored.user === input.user) encrypted = stored.password;
    else throw new BanmianError('invalid-input', 'Enter the password of this newsroom user.', undefined, ['password: required']);
    writeNewsroomSettings(settingsFile, {
      url,
      user: input.user,
      password: encrypted,
      idleMinutes: input.idleMinutes ?? stored?.idleMinutes,
      offlineHours: input.offlineHours ?? stored?.offlineHours,
    });
    await this.stopDesk();
    this.startDesk(url, input.user, secrets.decrypt(Buffer.from(encrypted, 'base64')));
    return this.settings();
  }

  /** Stops syncing and forgets the password; everything on the desk stays. */
  async leave(): Promise<NewsroomSettings> {
    await this.stopDesk();
    const stored = readNewsroomSettings(this.options.settingsFile);
    if (stored) writeNewsroomSettings(this.options.settingsFile, { ...stored, password: null });
    return this.settings();
  }

  /** At start-up: joins again when the settings hold a password. */
  resume(): boolean {
    const stored = readNewsroomSettings(this.options.settingsFile);
    if (!stored?.password || !this.options.secrets.canEncrypt()) return false;
    this.startDesk(stored.url, stored.user, this.options.secrets.decrypt(Buffer.from(stored.password, 'base64')));
    return true;
  }

  storyConflicts(storyId?: string): StoryConflict[] {
    const { outbox } = this.options.store.newsroom;
    const conflicts = storyId ? [outbox.conflict(docIdOf('story', storyId))].filter((c) => c !== null) : outbox.conflicts();
    const result: StoryConflict[] = [];
    for (const conflict of conflicts) {
      const parsed = parseDocId(conflict.docId);
      if (parsed?.kind !== 'story' || conflict.discard !== null) continue;
      const local = this.options.store.stories.get(parsed.id);
      const base = outbox.baseRev(conflict.docId);
      const sides = conflict.versions.flatMap((side) => {
        if (side.doc?.type !== 'story') return [];
        const story: Story = {
          ...side.doc.fields,
          id: parsed.id,
          version: local.version,
          createdAt: side.doc.createdAt,
          updatedAt: side.doc.updatedAt,
          deletedAt: side.doc.deletedAt,
        };
        return [
          {
            rev: side.rev,
            editedBy: side.doc.editedBy,
            editedAt: side.doc.editedAt,
            deleted: side.doc.deletedAt !== null,
            story,
            shown: side.rev === base,
            unchecked: side.doc.unchecked ?? null,
          },
        ];
      });
      result.push({ storyId: parsed.id, foundAt: conflict.foundAt, sides });
    }
    return result;
  }

  /** The user's choice: `fields` (a side or a merge) become the story; the other sides go on the server. */
  resolveStory(storyId: string, version: number, fields: Partial<StoryFields>): Story {
    const { store } = this.options;
    const story = store.newsroom.outbox.resolve('story', storyId, () => {
      if (store.stories.get(storyId).deletedAt !== null) store.stories.restore(storyId);
      return store.stories.save(storyId, version, fields);
    });
    this.options.onChanged?.({ stories: [storyId], pages: [], markStories: [], historyStories: [storyId], assignments: [] });
    return story;
  }

  /** The newsroom's directory of people as this desk's replica has it ([] outside a newsroom, or before it arrived). */
  async directory(): Promise<DirectoryEntry[]> {
    return this.replica ? readDirectory(this.replica) : [];
  }

  /** The newsroom user this desk works as while it is in a newsroom (null outside one). */
  user(): string | null {
    return this.desk ? (readNewsroomSettings(this.options.settingsFile)?.user ?? null) : null;
  }

  pageConflicts(pageId?: string): PageConflict[] {
    return pageConflicts(this.options.store, pageId);
  }

  markConflicts(storyId?: string): MarkConflict[] {
    return markConflicts(this.options.store, storyId);
  }

  /** The user picked side `rev` of a page's or mark's conflict. */
  resolveSide(kind: 'page' | 'mark', id: string, rev: string): void {
    resolveSide(this.options.store, kind, id, rev);
    const markStory = kind === 'mark' ? this.markStory(id) : null;
    this.options.onChanged?.({
      stories: [],
      pages: kind === 'page' ? [id] : [],
      markStories: markStory ? [markStory] : [],
      historyStories: [],
      assignments: [],
    });
  }

  slotConflicts(): Promise<SlotConflict[]> {
    return slotConflicts(this.options.store, this.replica);
  }

  async resolveSlot(pageId: string, pageNumber: number): Promise<void> {
    await resolveSlot(this.options.store, this.replica, pageId, pageNumber);
    this.options.onChanged?.({ stories: [], pages: [pageId], markStories: [], historyStories: [], assignments: [] });
  }

  /**
   * The originals of these photos onto the desk (a page is about to be exported). Throws, with
   * the photos and why, when the desk is not syncing or the server cannot give one.
   */
  async fetchOriginals(sha256s: string[]): Promise<void> {
    const names = (list: string[]) => list.map((sha256) => this.options.store.newsroom.photos.get(sha256)?.fileName ?? sha256.slice(0, 12)).join(', ');
    if (!this.desk) {
      throw new BanmianError('not-found', `The originals of ${names(sha256s)} are on the newsroom server and this desk is not connected: join the newsroom (Settings → 编辑部) to export this page.`);
    }
    let result;
    try {
      result = await this.desk.fetchOriginals(sha256s);
    } catch (error) {
      throw new BanmianError('not-found', `The originals of ${names(sha256s)} could not be fetched from the newsroom: ${(error as Error).message}`);
    }
    if (result.missing.length > 0) {
      const why = result.missing.map((m) => `${names([m.sha256])}: ${m.reason}`).join('; ');
      throw new BanmianError('not-found', `Not every photo's original could be fetched from the newsroom (${why}).`);
    }
  }

  /**
   * 签出: takes the lease on a story or page opened for editing (renewed while held), or says
   * who holds it. Without a newsroom, or with the server out of reach, it answers `off`: the
   * desk edits anyway and a clash goes through the conflict view, never refused. `offline`:
   * the long lease taken before leaving the LAN (签出以便离线工作), kept until checked in by hand.
   */
  async checkOut(kind: CheckOutKind, id: string, offline = false): Promise<CheckOutView> {
    const locks = this.locks;
    if (!locks) return { state: 'off', reason: null };
    const docId = docIdOf(kind, id);
    const already = this.held.get(docId);
    const long = offline || already?.offline === true;
    const leaseMs = long ? this.offlineMs() : (this.options.leaseMs ?? LEASE_MS);
    let taken;
    try {
      taken = await locks.take(docId, leaseMs);
    } catch (error) {
      return { state: 'off', reason: (error as Error).message };
    }
    if (!taken.ok) return { state: 'held', holder: taken.heldBy.holder, since: taken.heldBy.since, canBreak: await this.canBreak() };
    this.options.store.newsroom.unchecked.holding(docId, taken.lease.expires);
    if (already) {
      already.since = taken.lease.since;
      already.offline = long;
    } else {
      this.hold(kind, id, locks, { since: taken.lease.since, offline: long });
    }
    return { state: 'mine', since: taken.lease.since, idleMs: this.idleMs(), offline: long };
  }

  /**
   * Gives a check-out back; false when this desk did not hold it. An offline check-out stays
   * (the editor closing or idling does not end it) unless `offline` says the user checks it in.
   */
  async checkIn(kind: CheckOutKind, id: string, offline = false): Promise<boolean> {
    const docId = docIdOf(kind, id);
    const entry = this.held.get(docId);
    if (entry === undefined || (entry.offline && !offline)) return false;
    clearInterval(entry.timer);
    this.held.delete(docId);
    // A renewal still on its way would write the lease again after the release.
    await entry.renewing;
    this.options.store.newsroom.unchecked.released(docId);
    await this.locks?.release(docId).catch(() => undefined);
    return true;
  }

  /**
   * 已核对: the user, holding the check-out, has looked at an edit made without it. The flag
   * goes (and with the document, from every desk). Refused without the check-out: the review
   * is the holder's.
   */
  reviewUnchecked(kind: CheckOutKind, id: string): boolean {
    const docId = docIdOf(kind, id);
    if (!this.held.has(docId)) {
      throw new BanmianError('forbidden', `Check the ${kind} out (签出) before marking the edit made without the check-out as reviewed (已核对).`);
    }
    const reviewed = this.options.store.newsroom.unchecked.review(docId);
    if (reviewed) {
      this.options.onChanged?.({ stories: kind === 'story' ? [id] : [], pages: kind === 'page' ? [id] : [], markStories: [], historyStories: [], assignments: [] });
    }
    return reviewed;
  }

  /** 强制解除签出 (总编室, administrators; the server refuses anyone else with the reason). */
  async breakCheckOut(kind: CheckOutKind, id: string): Promise<boolean> {
    if (!this.locks) throw new BanmianError('forbidden', 'This desk is not in a newsroom.');
    try {
      await this.locks.breakLock(docIdOf(kind, id));
    } catch (error) {
      throw new BanmianError('forbidden', (error as Error).message);
    }
    return true;
  }

  /** Who saved the story's version of `updatedAt`, as its replicated document says (null when the desk does not know). */
  async editedBy(storyId: string, updatedAt: string): Promise<string | null> {
    const doc = (await this.replica?.get(docIdOf('story', storyId)).catch(() => null)) as { updatedAt?: unknown; editedBy?: unknown } | null | undefined;
    return doc && doc.updatedAt === updatedAt && typeof doc.editedBy === 'string' ? doc.editedBy : null;
  }

  private hold(kind: CheckOutKind, id: string, locks: CheckOut, lease: { since: string; offline: boolean }): void {
    const docId = docIdOf(kind, id);
    const entry: Held = { ...lease, timer: null as unknown as NodeJS.Timeout, renewing: Promise.resolve() };
    const renew = async () => {
      const leaseMs = entry.offline ? this.offlineMs() : (this.options.leaseMs ?? LEASE_MS);
      const renewed = await locks.renew(docId, entry.since, leaseMs);
      if (this.held.get(docId) !== entry) return;
      if (renewed.ok) {
        this.options.store.newsroom.unchecked.holding(docId, renewed.lease.expires);
        return;
      }
      // Broken by 总编室, or run out and taken over: the window goes read-only, its typing kept
      // (saves from now on are flagged as made without the check-out).
      clearInterval(entry.timer);
      this.held.delete(docId);
      this.options.store.newsroom.unchecked.released(docId);
      this.options.onCheckOutLost?.({ kind, id, holder: renewed.heldBy?.holder ?? null });
    };
    entry.timer = setInterval(() => {
      // A renewal that fails (offline) is tried again at the next tick; the lease may lapse meanwhile.
      entry.renewing = entry.renewing.then(renew).catch(() => undefined);
    }, Math.max(1000, Math.floor((this.options.leaseMs ?? LEASE_MS) / 3)));
    entry.timer.unref();
    this.held.set(docId, entry);
  }

  private idleMs(): number {
    return this.options.idleMs ?? (readNewsroomSettings(this.options.settingsFile)?.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  }

  private offlineMs(): number {
    return (readNewsroomSettings(this.options.settingsFile)?.offlineHours ?? DEFAULT_OFFLINE_HOURS) * 3_600_000;
  }

  private async canBreak(): Promise<boolean> {
    if (!this.locks) return false;
    this.roles ??= this.locks.roles().catch(() => []);
    const roles = await this.roles;
    return roles.some((role) => role === 'chief_editor' || role === 'admin' || role === '_admin');
  }

  async close(): Promise<void> {
    await this.stopDesk();
  }

  private startDesk(url: string, user: string, password: string): void {
    const { store } = this.options;
    this.replica = openReplica(replicaPathFor(store.path));
    this.desk = new NewsroomDesk(store, this.replica, { url, user, password }, {
      onStatus: (status) => this.options.onStatus?.(status),
      onInbound: (report) => this.options.onChanged?.(this.describe(report)),
    });
    this.desk.start();
    this.locks = new CheckOut({ url, user, password });
    this.roles = null;
  }

  private async stopDesk(): Promise<void> {
    for (const docId of [...this.held.keys()]) {
      const parsed = parseDocId(docId);
      if (parsed?.kind === 'story' || parsed?.kind === 'page') await this.checkIn(parsed.kind, parsed.id, true);
    }
    this.locks = null;
    await this.desk?.stop();
    this.desk = null;
    await this.replica?.close();
    this.replica = null;
  }

  private describe(report: InboundReport): NewsroomChanges {
    const { store } = this.options;
    const markStories = new Set<string>();
    for (const id of report.changed.mark) {
      const storyId = this.markStory(id);
      // null: withdrawn on the other desk: its story's list is refreshed when next opened
      if (storyId) markStories.add(storyId);
    }
    const historyStories = new Set<string>();
    for (const id of report.changed.revision) {
      const revision = store.stories.revisionRecord(id);
      if (revision) historyStories.add(revision.storyId);
    }
    for (const id of report.changed.status) {
      const change = store.statusHistory.get(id);
      if (change) historyStories.add(change.storyId);
    }
    return {
      stories: [...new Set(report.changed.story)],
      pages: [...new Set(report.changed.page)],
      markStories: [...markStories],
      historyStories: [...historyStories],
      assignments: [...new Set(report.changed.assignment)],
      photos: [...new Set(report.photos)],
    };
  }

  private markStory(id: string): string | null {
    try {
      return this.options.store.annotations.get(id).storyId;
    } catch {
      return null;
    }
  }
}

import { z } from 'zod';
import { storyFieldsSchema, type Story } from '../model/story';
import type { FrameBox, PageDiff } from '../model/page-diff';
import type { UncheckedEdit } from '../model/unchecked-edit';

/**
 * The newsroom's commands (`newsroom.*`, docs/newsroom.md), spread into the one contract in
 * contract.ts: joining a newsroom server, its status light, and the conflicts the engine found.
 */

interface NewsroomCommand<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

function newsroomCommand<R>() {
  return <I extends z.ZodType>(input: I): NewsroomCommand<I, R> => ({ input });
}

export type NewsroomState = 'connecting' | 'online' | 'offline' | 'error' | 'stopped';

/** What the status light shows. */
export interface NewsroomStatus {
  state: NewsroomState;
  /** Saves of this desk not yet confirmed on the server. */
  waiting: number;
  /** When the desk and the server were last in step (ISO). */
  lastSync: string | null;
  /** Why the desk is offline or stopped, in words. */
  error: string | null;
  /** Conflicts waiting for someone's choice. */
  conflicts: number;
  /** Changes the server refused, newest first, with its reason. */
  refused: Array<{ docId: string; reason: string; at: string }>;
}

/** Settings → 编辑部. The password itself never crosses to the window. */
export interface NewsroomSettings {
  url: string;
  user: string;
  /** A password is stored (encrypted with the system's keychain). */
  hasPassword: boolean;
  /** False where the system offers no encryption (then the desk cannot join). */
  canStorePassword: boolean;
  /** A check-out is given back after this many minutes without typing (taken again on the next keystroke). */
  idleMinutes: number;
  /** How long a check-out for offline work (签出以便离线工作) lasts, in hours. */
  offlineHours: number;
  status: NewsroomStatus | null;
}

export const DEFAULT_IDLE_MINUTES = 15;
export const DEFAULT_OFFLINE_HOURS = 24;

/** One side of a story's conflict, as a story the conflict view can show. */
export interface StoryConflictSide {
  rev: string;
  editedBy: string;
  editedAt: string;
  /** The side deleted the story (it went to the trash on that desk). */
  deleted: boolean;
  story: Story;
  /** The side this desk shows now. */
  shown: boolean;
  /** 无签出编辑: the side was saved without the check-out (not yet reviewed). */
  unchecked: UncheckedEdit | null;
}

export interface StoryConflict {
  storyId: string;
  foundAt: string;
  sides: StoryConflictSide[];
}

/** Who wrote one side of an engine conflict, and whether it is the side this desk shows. */
interface ConflictSideBase {
  rev: string;
  editedBy: string;
  editedAt: string;
  /** The side removed the item (a page in the trash, a mark withdrawn). */
  deleted: boolean;
  shown: boolean;
}

/** One side of a page's conflict: the page as that desk saved it, and how it differs from the side shown here. */
export interface PageConflictSide extends ConflictSideBase {
  name: string;
  editionDate: string;
  pageNumber: number;
  section: string;
  frames: FrameBox[];
  /** Basic columns and the deepest line, to draw the frames to scale. */
  grid: { columns: number; lines: number } | null;
  /** This side against the side shown here (empty for the shown side itself). */
  diff: PageDiff;
  /** 无签出编辑: the side was saved without the check-out (not yet reviewed). */
  unchecked: UncheckedEdit | null;
}

export interface PageConflict {
  pageId: string;
  foundAt: string;
  sides: PageConflictSide[];
}

export interface MarkConflictSide extends ConflictSideBase {
  kind: string;
  quote: string;
  text: string;
  body: string;
  author: string;
  status: string;
}

export interface MarkConflict {
  markId: string;
  storyId: string;
  foundAt: string;
  sides: MarkConflictSide[];
}

/**
 * Two desks made a page for the same edition slot (日期, 版次) apart: the one that arrived second
 * cannot be stored beside this desk's page and waits, shown here until someone gives it another 版次.
 */
export interface SlotConflict {
  pageId: string;
  name: string;
  editionDate: string;
  pageNumber: number;
  editedBy: string;
  editedAt: string;
  /** The page on this desk that holds the slot. */
  holder: { pageId: string; name: string } | null;
  /** The first 版次 free in that edition. */
  freeNumber: number;
}

/**
 * Who may edit a story or page now (签出): this desk (`mine`), another user (`held`: the item
 * opens read-only, marks and suggestions still allowed), or nobody knows (`off`: not in a
 * newsroom, or the server cannot be reached: editing goes on, and a clash meets the conflict view).
 */
export type CheckOutView =
  /** `idleMs`: given back after this long without typing; `offline`: a long lease for work away from the LAN (not given back on close or idle). */
  | { state: 'mine'; since: string; idleMs: number; offline: boolean }
  /** `canBreak`: this user is 总编室 or an administrator and may break it. */
  | { state: 'held'; holder: string; since: string; canBreak: boolean }
  | { state: 'off'; reason: string | null };

export type CheckOutKind = 'story' | 'page';

const checkOutTarget = z.object({ kind: z.enum(['story', 'page']), id: z.string().min(1).max(64) });

const serverUrl = z
  .string()
  .trim()
  .min(1, 'the server address is required')
  .max(500)
  .regex(/^https?:\/\/\S+$/, 'expected an address such as https://newsroom.example:6984/banmian');
const userName = z.string().trim().min(1, 'the user name is required').max(100);

export const newsroomCommands = {
  'newsroom.settings': newsroomCommand<NewsroomSettings>()(z.object({})),
  /** Stores the settings (the password encrypted) and starts syncing. An empty password keeps the stored one. */
  'newsroom.join': newsroomCommand<NewsroomSettings>()(
    z.object({
      url: serverUrl,
      user: userName,
      password: z.string().max(500),
      idleMinutes: z.number().int().min(1, 'at least 1 minute').max(480, 'at most 480 minutes').optional(),
      offlineHours: z.number().int().min(1, 'at least 1 hour').max(240, 'at most 240 hours').optional(),
    }),
  ),
  /** Stops syncing and forgets the password; the desk keeps everything it has. */
  'newsroom.leave': newsroomCommand<NewsroomSettings>()(z.object({})),
  /** null while the desk is not in a newsroom. */
  'newsroom.status': newsroomCommand<{ status: NewsroomStatus | null }>()(z.object({})),
  'newsroom.storyConflicts': newsroomCommand<StoryConflict[]>()(z.object({ storyId: z.string().min(1).max(64).optional() })),
  /** The user's choice: these fields (one side, or merged) become the story; the other sides are removed on the server. */
  'newsroom.resolveStory': newsroomCommand<Story>()(
    z.object({ storyId: z.string().min(1).max(64), version: z.number().int().positive(), fields: storyFieldsSchema.partial() }),
  ),
  'newsroom.pageConflicts': newsroomCommand<PageConflict[]>()(z.object({ pageId: z.string().min(1).max(64).optional() })),
  /** The user's choice: the side `rev` becomes the page on every desk; the other sides are removed on the server. */
  'newsroom.resolvePage': newsroomCommand<{ pageId: string }>()(z.object({ pageId: z.string().min(1).max(64), rev: z.string().min(1).max(200) })),
  'newsroom.markConflicts': newsroomCommand<MarkConflict[]>()(z.object({ storyId: z.string().min(1).max(64).optional() })),
  'newsroom.resolveMark': newsroomCommand<{ markId: string }>()(z.object({ markId: z.string().min(1).max(64), rev: z.string().min(1).max(200) })),
  'newsroom.slotConflicts': newsroomCommand<SlotConflict[]>()(z.object({})),
  /** The waiting page takes another 版次 (a save of this desk, so every desk gets the page under that number). */
  'newsroom.resolveSlot': newsroomCommand<{ pageId: string }>()(
    z.object({ pageId: z.string().min(1).max(64), pageNumber: z.number().int().min(1).max(999) }),
  ),
  /** Takes (or renews) the check-out of a story or page opened for editing, or says who has it. Renewed while held. */
  'newsroom.checkOut': newsroomCommand<CheckOutView>()(checkOutTarget.extend({ offline: z.boolean().optional() })),
  /** Gives the check-out back (the editor closed or went idle); an offline check-out only when `offline` is set (checked in by hand). */
  'newsroom.checkIn': newsroomCommand<{ released: boolean }>()(checkOutTarget.extend({ offline: z.boolean().optional() })),
  /** 强制解除签出: 总编室 or an administrator breaks someone's check-out; the holder's desk learns it at its next renewal. */
  'newsroom.breakCheckOut': newsroomCommand<{ broken: boolean }>()(checkOutTarget),
  /** 无签出编辑 on this story or page: who saved it without the check-out and when (null: not flagged). */
  'newsroom.unchecked': newsroomCommand<{ unchecked: UncheckedEdit | null }>()(checkOutTarget),
  /** 已核对: someone holding the check-out has looked at an edit made without it; the mark goes on every desk. */
  'newsroom.reviewUnchecked': newsroomCommand<{ reviewed: boolean }>()(checkOutTarget),
  /** Who made the story's version saved at `updatedAt`, when the desk's replica knows (null: this desk, or not known). */
  'newsroom.editedBy': newsroomCommand<{ editedBy: string | null }>()(z.object({ id: z.string().min(1).max(64), updatedAt: z.string().max(40) })),
} as const;

import { z } from 'zod';
import { LINE_MAX_CHARS, idText, text } from '../model/bounds';
import { storyFieldsSchema, storyStatusSchema } from '../model/story';
import { command, fileUploadSchema, idSchema as id } from './command';
import { pageCommands } from './page-contract';
import { newsroomCommands, type NewsroomStatus } from './newsroom-contract';
import { taskCommands } from './task-contract';
import { storedPageDocumentSchema } from '../model/page';
import { annotationAnchorSchema, annotationAuthorSchema, annotationPatchSchema, annotationStatusSchema, newAnnotationSchema } from '../model/annotation';
import type {
  Annotation,
  AppInfo,
  StoreDamage,
  ImportResult,
  LibraryFacets,
  SearchHit,
  StatusChange,
  StatusChangeResult,
  ProofExportResult,
  Story,
  StoryPage,
  StoryRevision,
  StorySummary,
} from './contract-types';

/**
 * The one IPC contract: every command's name, its zod input schema and its result type.
 * main/ipc binds handlers to it, preload builds window.banmian from it, and the end-to-end
 * harness binds the same handlers through Playwright. Add a command here first.
 */


export const commands = {
  'app.info': command<AppInfo>()(z.object({})),

  'stories.list': command<StorySummary[]>()(
    z.object({
      status: storyStatusSchema.optional(),
      section: text(LINE_MAX_CHARS).optional(),
      /** ISO date (YYYY-MM-DD): stories changed on or after. */
      since: text(40).optional(),
      deleted: z.boolean().optional(),
    }),
  ),
  /** The library a page at a time (keyset: `after` is the previous page's `next`); the first page counts the filtered total. */
  'stories.page': command<StoryPage>()(
    z.object({
      status: storyStatusSchema.optional(),
      section: z.string().max(200).optional(),
      since: z.string().max(40).optional(),
      after: z.string().max(80).optional(),
      limit: z.number().int().min(1).max(500),
    }),
  ),
  'stories.facets': command<LibraryFacets>()(z.object({})),
  /** Library rows for a few stories (search hits), in the order asked. */
  'stories.summaries': command<StorySummary[]>()(z.object({ ids: z.array(id).max(500) })),
  'stories.get': command<Story>()(z.object({ id })),
  'stories.create': command<Story>()(storyFieldsSchema.partial()),
  'stories.save': command<Story>()(
    z.object({ id, version: z.number().int().positive(), fields: storyFieldsSchema.partial() }),
  ),
  'stories.duplicate': command<Story>()(z.object({ id })),
  'stories.delete': command<Story>()(z.object({ id })),
  'stories.restore': command<Story>()(z.object({ id })),
  'stories.revisions': command<StoryRevision[]>()(z.object({ id })),
  'stories.search': command<SearchHit[]>()(
    z.object({ query: z.string().min(1, 'type something to search for').max(200), limit: z.number().int().min(1).max(200).optional() }),
  ),

  // Proofreading (docs/proofreading.md): marks on a story's text, and its status workflow.
  'annotations.list': command<Annotation[]>()(z.object({ storyId: id })),
  'annotations.create': command<Annotation>()(newAnnotationSchema),
  'annotations.update': command<Annotation>()(z.object({ id, author: annotationAuthorSchema, patch: annotationPatchSchema })),
  'annotations.setStatus': command<Annotation>()(z.object({ id, status: annotationStatusSchema, author: annotationAuthorSchema })),
  /** Anchors as they stand in `version` of the story (sent after each save); 'conflict' when the story moved on. */
  'annotations.reanchor': command<{ updated: number }>()(
    z.object({
      storyId: id,
      version: z.number().int().positive(),
      anchors: z.array(z.object({ id, anchor: annotationAnchorSchema, target: annotationAnchorSchema.nullable().optional() })).max(5000),
    }),
  ),
  /** Withdraws an open mark; only its author may. */
  'annotations.remove': command<{ id: string }>()(z.object({ id, author: annotationAuthorSchema })),
  /** A status change with who made it (saved with the version, recorded in the history). */
  'stories.setStatus': command<StatusChangeResult>()(
    z.object({
      id,
      version: z.number().int().positive(),
      status: storyStatusSchema,
      author: annotationAuthorSchema,
      note: z.string().max(2000).optional(),
      /** Routing: the status change gives the story to this person (e.g. to proofing → a proofreader). */
      assignTo: z.string().trim().min(1).max(80).optional(),
    }),
  ),
  'stories.statusHistory': command<StatusChange[]>()(z.object({ id })),
  /** The page's proof PDF (open marks drawn, notes as PDF comments), written where the user picks. */
  'proof.exportPage': command<ProofExportResult>()(
    z.object({ document: storedPageDocumentSchema, drafts: z.record(idText, storyFieldsSchema).optional() }),
  ),

  'import.files': command<ImportResult>()(z.object({ files: z.array(fileUploadSchema).min(1).max(500) })),
  /** Opens the native file picker in the main process (Electron only). */
  'import.dialog': command<ImportResult>()(z.object({})),

  // The page workspace (docs/page-desk.md).
  ...pageCommands,

  // The newsroom: sharing with other desks through CouchDB replication (docs/newsroom.md).
  ...newsroomCommands,
  // Assignments and 我的任务.
  ...taskCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandResult<K extends CommandName> = NonNullable<Commands[K]['result']>;

/** Main → renderer notifications. */
export interface Events {
  'stories.changed': { ids: string[] };
  /** Pages changed outside this window (arrived from the newsroom): an open one is recomposed. */
  'pages.changed': { ids: string[] };
  /** Photos arrived from the newsroom (their previews): the page desk's photo panel lists them. */
  'photos.changed': { sha256s: string[] };
  /** Marks on a story were made, changed, decided or re-anchored. */
  'annotations.changed': { storyId: string };
  /** Assignments arrived or were made (我的任务 reads its list again). */
  'tasks.changed': { ids: string[] };
  /** Revisions or status changes of these stories arrived from the newsroom (history views read again). */
  'history.changed': { storyIds: string[] };
  /** The newsroom status light changed (online/offline, waiting, conflicts, refusals). */
  'newsroom.status': NewsroomStatus;
  /** A check-out this desk held was broken (总编室) or lost: the item goes read-only, nothing typed is dropped. */
  'newsroom.checkOutLost': { kind: 'story' | 'page'; id: string; holder: string | null };
  /** The background integrity check found the database damaged (issue 16 item 5): saves are refused from now on. */
  'store.damaged': StoreDamage;
  /** A menu item the renderer acts on, e.g. "import", "find". */
  'menu.action': { action: MenuAction };
}
export type EventName = keyof Events;
export type MenuAction = 'import' | 'find' | 'new-story' | 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'export-pdf';

import { z } from 'zod';
import { storyFieldsSchema, storyStatusSchema } from '../model/story';
import type {
  AppInfo,
  ImportResult,
  SearchHit,
  Story,
  StoryRevision,
  StorySummary,
} from './contract-types';

/**
 * The one IPC contract: every command's name, its zod input schema and its result type.
 * main/ipc binds handlers to it, preload builds window.banmian from it, and the end-to-end
 * harness binds the same handlers through Playwright. Add a command here first.
 */

interface Command<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

function command<R>() {
  return <I extends z.ZodType>(input: I): Command<I, R> => ({ input });
}

const id = z.string().min(1, 'an id is required').max(64);

/** A file handed over by the renderer (drag-and-drop or picker): name and base64 bytes. */
export const fileUploadSchema = z.object({
  name: z.string().min(1).max(260),
  base64: z.string().max(70_000_000, 'file is larger than 50 MB'),
});

export const commands = {
  'app.info': command<AppInfo>()(z.object({})),

  'stories.list': command<StorySummary[]>()(
    z.object({
      status: storyStatusSchema.optional(),
      section: z.string().optional(),
      /** ISO date (YYYY-MM-DD): stories changed on or after. */
      since: z.string().optional(),
      deleted: z.boolean().optional(),
    }),
  ),
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

  'import.files': command<ImportResult>()(z.object({ files: z.array(fileUploadSchema).min(1).max(500) })),
  /** Opens the native file picker in the main process (Electron only). */
  'import.dialog': command<ImportResult>()(z.object({})),
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandResult<K extends CommandName> = NonNullable<Commands[K]['result']>;

/** Main → renderer notifications. */
export interface Events {
  'stories.changed': { ids: string[] };
  /** A menu item the renderer acts on, e.g. "import", "find". */
  'menu.action': { action: MenuAction };
}
export type EventName = keyof Events;
export type MenuAction = 'import' | 'find' | 'new-story' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

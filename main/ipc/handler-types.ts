import type { z } from 'zod';
import type { CommandName, CommandResult, Commands, EventName, Events } from '../../shared/ipc/contract';
import type { AppInfo } from '../../shared/ipc/contract-types';
import type { ScreenFonts } from '../fonts/screen-fonts';
import type { IncomingFile } from '../import/import-service';
import type { NewsroomService } from '../newsroom/newsroom-service';
import type { Store } from '../store/store-types';

/** What the handlers need; the Electron shell, the CLI and the test harness each provide it. */
export interface Services {
  store: Store;
  appInfo: () => AppInfo;
  /** Electron only: asks the user for files with the native picker. */
  pickImportFiles?: () => Promise<IncomingFile[]>;
  /** Tells every window about a change (no-op where there is one window). */
  notify?: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** The page's fonts cut for the screen (banmian://screen-fonts/… in the app); none in the CLI. */
  screenFonts?: ScreenFonts;
  /** URL of a file in the photo folder, by its path relative to it (banmian://photos/… in the app). */
  photoUrl?: (relativePath: string) => string | undefined;
  /** Where to write an exported PDF: the save dialog in the app; null when the user cancels. */
  pickPdfPath?: (suggestedName: string) => Promise<string | null>;
  /** The newsroom (docs/newsroom.md): the app and the e2e harness have one; the CLI syncs with `banmian sync`. */
  newsroom?: NewsroomService;
}

export type Handlers = {
  [K in CommandName]: (input: z.output<Commands[K]['input']>) => Promise<CommandResult<K>> | CommandResult<K>;
};

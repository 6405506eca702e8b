import { dirname, resolve } from 'node:path';
import { parsePageDocument } from '../../shared/compose/page-file';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument } from '../../shared/model/page';
import { InputFileError, readInputFile } from '../files/read-input-file';
import type { Store } from '../store/store-types';
import { storedStoryIds } from './page-stories';

/** A page file read from disk and checked; `baseDir` is what its relative photo paths are relative to. */
export interface LoadedPage {
  doc: PageDocument;
  /** Absent for a stored page: its photos are in the photo store. */
  baseDir?: string;
}

export async function loadPageFile(path: string, store?: Store): Promise<LoadedPage> {
  const full = resolve(path);
  let text: string;
  try {
    text = new TextDecoder().decode(await readInputFile(full));
  } catch (error) {
    if (error instanceof InputFileError) throw new BanmianError('bad-file', `cannot read ${path}: ${error.reason}`);
    throw error;
  }
  let known: Set<string> | undefined;
  if (store) {
    try {
      known = storedStoryIds(JSON.parse(text), store);
    } catch {
      // not JSON: parsePageDocument says so
    }
  }
  return { doc: parsePageDocument(text, known), baseDir: dirname(full) };
}

/** A page saved in the database (store.pages); its photos are in the photo store. */
export function loadStoredPage(store: Store, id: string): LoadedPage {
  const record = store.pages.get(id);
  const doc = parsePageDocument(record.document, storedStoryIds(record.document, store));
  return { doc };
}

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parsePageDocument } from '../../shared/compose/page-file';
import type { PageDocument } from '../../shared/model/page';
import type { Store } from '../store/store-types';
import { storedStoryIds } from './page-stories';

/** A page file read from disk and checked; `baseDir` is what its relative photo paths are relative to. */
export interface LoadedPage {
  doc: PageDocument;
  baseDir: string;
}

export async function loadPageFile(path: string, store?: Store): Promise<LoadedPage> {
  const full = resolve(path);
  const text = await readFile(full, 'utf8');
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
  return { doc, baseDir: process.cwd() };
}

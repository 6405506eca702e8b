import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../../main/cli';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Services } from '../../../main/ipc/handler-types';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { IpcOutcome } from '../../../shared/ipc/result';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../shared/model/page';

/**
 * The hostile-input corpus (docs/security.md, "Hostile input"): every case is generated here,
 * none is a checked-in blob. Case names start with "refused:" or "accepted:" so the totals can
 * be counted from the verbose reporter.
 */

export interface Captured {
  code: number;
  out: string;
  err: string;
}

/** The CLI in-process, as `banmian ARGS` runs it. */
export async function cli(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** A one-line error: what the CLI prints and what a window shows. */
export function oneLine(text: string): boolean {
  return text.trim().length > 0 && !text.trim().includes('\n');
}

export interface Desk {
  dir: string;
  store: Store;
  /** A command through the real dispatch (zod validation, then the handler). */
  call(command: string, input: unknown): Promise<IpcOutcome<unknown>>;
}

/** A temp folder with a store and the app's handlers, for one describe block. */
export function useDesk(services: Partial<Services> = {}): Desk {
  const desk = {} as Desk;
  beforeAll(() => {
    desk.dir = mkdtempSync(join(tmpdir(), 'banmian-hostile-'));
    desk.store = openStore(join(desk.dir, 'news.db'));
    const handlers = createHandlers({
      store: desk.store,
      appInfo: () => ({ name: 'Banmian', version: '0', dataDir: desk.dir, shell: 'harness' }),
      pickPdfPath: async (name) => join(desk.dir, name),
      ...services,
    });
    desk.call = (command, input) => dispatch(handlers, command, input);
  });
  afterAll(() => {
    desk.store.close();
    rmSync(desk.dir, { recursive: true, force: true });
  });
  return desk;
}

/** A one-story, one-photo page whose photo is `asset`. */
export function pageWith(asset: PageDocument['assets'][string], patch: (doc: PageDocument) => void = () => {}): PageDocument {
  const doc: PageDocument = {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '测试', edition: '2024-03-01', number: 1, section: '要闻' },
    template: structuredClone(BROADSHEET),
    stories: { s: { section: '', status: 'draft', kicker: '', headline: '标题', subtitle: '', bylines: [], body: [{ type: 'paragraph', children: [{ text: '正文。' }] }], photoCredit: '', flags: [] } },
    assets: { pic: asset },
    frames: [
      { id: 's', kind: 'story', storyId: 's', area: { column: 0, span: 3, line: 0, depth: 30 }, bodyColumns: 3, headline: { size: 24, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 } },
      { id: 'p', kind: 'photo', area: { column: 3, span: 3, line: 0, depth: 20 }, assetId: 'pic', fit: 'fill', caption: '图片说明。', credit: '本报记者 摄' },
    ],
  };
  patch(doc);
  return doc;
}

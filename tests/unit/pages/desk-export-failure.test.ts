import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { exportPageFromDesk } from '../../../main/pages/desk-export';
import { openStore } from '../../../main/store/open-store';
import { BROADSHEET } from '../../../shared/compose/templates';
import { BanmianError } from '../../../shared/ipc/result';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../shared/model/page';

// Export messages are codes (issue 12, item 9): a refusal of the PDF writer reaches the window as
// its code, which the window words in its language, not as the writer's English sentence alone.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('sends the PDF writer’s refusal as a code the window can word', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-export-'));
  dirs.push(dir);
  const store = openStore(join(dir, 'news.db'));
  const doc: PageDocument = {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '要闻', edition: '2024-03-01', number: 1, section: '要闻' },
    template: structuredClone(BROADSHEET),
    stories: {},
    assets: {},
    frames: [{ id: 'r', kind: 'rule', area: { column: 0, span: 4, line: 10, depth: 1 }, orientation: 'horizontal', weight: 0.5, color: [0, 0, 0, 1] }],
  };
  try {
    const failure = await exportPageFromDesk(store, doc, undefined, async () => join(dir, 'no-such-folder', 'page.pdf')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BanmianError);
    expect((failure as BanmianError).details).toEqual({ exportFailure: { code: 'write-failed' } });
  } finally {
    store.close();
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';

// The banner a window shows when the background integrity check finds the database damaged
// (main/store/deferred-integrity.ts; the refusal of saves is in tests/unit/hostile/deferred-check.test.ts).

const DAMAGE = { path: '/home/desk/.config/Banmian/banmian.db', problem: 'Tree 2 page 61 cell 1: Rowid 90 out of order' };

describe('a damaged database found after the window opened', () => {
  let harness: Harness;
  let app: AppWindow;
  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows a banner with what happened and what to do, over the library', async () => {
    const banner = app.page.getByTestId('store-damage');
    expect(await banner.count()).toBe(0);
    await harness.notify('store.damaged', DAMAGE);
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain('稿件数据库已损坏');
    expect(text).toContain(DAMAGE.problem);
    expect(text).toContain('所有保存都会被拒绝');
    expect(text).toContain(`sqlite3 "${DAMAGE.path}" ".recover" | sqlite3 recovered.db`);
    expect(await app.page.getByRole('alert').count()).toBeGreaterThan(0);
    await new LibraryPage(app.page).screenshot('store-damage-banner');
    expect(app.problems).toEqual([]);
  });
});

import { startHarness } from './harness';
(async () => {
  const harness = await startHarness();
  try {
    const app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.goto(`${harness.url}#/pages`);
    await page.getByTestId('open-sample').click();
    await page.getByTestId('page-workspace').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=page-workspace]')?.getAttribute('data-fonts-ready') === 'true', undefined, { timeout: 60000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/bm/ws1.png' });
    await page.getByTestId('zoom-select').selectOption('1');
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/bm/ws2.png' });
    await page.locator('[data-frame-id=portrait] .frame-hit').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/bm/ws3.png' });
    console.log('problems', app.problems);
  } finally {
    await harness.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });

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
    await page.waitForTimeout(1000);
    const ipc = await page.evaluate(async () => {
      const b = (window as any).banmian;
      const out: any = {};
      let t = performance.now();
      for (let i = 0; i < 20; i++) await b.invoke['app.info']({});
      out.appInfo = (performance.now() - t) / 20;
      const id = location.hash.split('/').pop();
      const pv = (await b.invoke['pages.get']({ id })).value;
      const first = (await b.invoke['pages.compose']({ document: pv.document })).value;
      t = performance.now();
      for (let i = 0; i < 20; i++) await b.invoke['pages.compose']({ document: pv.document, have: first.order });
      out.composeHave = (performance.now() - t) / 20;
      t = performance.now();
      for (let i = 0; i < 5; i++) await b.invoke['pages.compose']({ document: pv.document });
      out.composeAll = (performance.now() - t) / 5;
      return out;
    });
    console.log('ipc', ipc);
    {
      const { dispatch } = await import('../../../main/ipc/dispatch');
      const id = (await page.evaluate(() => location.hash.split('/').pop()))!;
      const pv = harness.handlers['pages.get']({ id }) as any;
      const first = (await dispatch(harness.handlers, 'pages.compose', { document: pv.document })) as any;
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        const out = await dispatch(harness.handlers, 'pages.compose', { document: pv.document, have: first.value.order });
        const s = JSON.stringify(out);
        times.push(performance.now() - t0);
        if (i === 19) console.log('size', s.length, 'ms inside', (out as any).value.ms);
      }
      console.log('node dispatch', times.map((t) => t.toFixed(1)).join(' '));
    }
    const box = (await page.locator('[data-frame-id=portrait] .frame-hit').boundingBox())!;
    const scale = Number(await page.getByTestId('page-svg').getAttribute('data-scale'));
    await page.evaluate(() => {
      const probe = { samples: [] as any[], start: -1 };
      (window as any).__probe = probe;
      window.addEventListener('pointermove', () => { probe.start = performance.now(); }, true);
      const ws = document.querySelector('[data-testid=page-workspace]')!;
      const check = () => {
        if (probe.start < 0) return;
        const rev = ws.getAttribute('data-revision');
        const comp = ws.getAttribute('data-composed-revision');
        if (rev === comp) {
          const s = probe.start; probe.start = -1;
          const dom = performance.now() - s;
          requestAnimationFrame(() => probe.samples.push({ dom, frame: performance.now() - s }));
        }
      };
      new MutationObserver(check).observe(ws, { attributes: true, attributeFilter: ['data-composed-revision', 'data-revision'] });
    });
    const x0 = box.x + box.width / 2, y0 = box.y + box.height / 2;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const pitch = 13.5 * scale;
    for (let i = 1; i <= 40; i++) {
      const y = y0 + (i % 20) * pitch;
      await page.mouse.move(x0 + 3, y);
      await page.waitForFunction((n) => (window as any).__probe.samples.length >= n, i, { timeout: 10000 }).catch(() => console.log('timeout at', i));
    }
    await page.mouse.up();
    const samples = await page.evaluate(() => (window as any).__probe.samples);
    const doms = samples.map((s: any) => s.dom).sort((a: number, b: number) => a - b);
    const frames = samples.map((s: any) => s.frame).sort((a: number, b: number) => a - b);
    console.log('n', samples.length, 'dom p50', doms[Math.floor(doms.length / 2)], 'p95', doms[Math.floor(doms.length * 0.95)], 'frame p50', frames[Math.floor(frames.length / 2)], 'p95', frames[Math.floor(frames.length * 0.95)]);
    console.log('ms main', await page.getByTestId('compose-status').innerText());
    console.log('problems', app.problems);
  } finally {
    await harness.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdfBytes, writePdf } from '../../../main/export/index';
import type { DisplayDocument } from '../../../shared/model/display-list';
import { glyphRun } from './helpers/glyph-runs';
import { scratchDir } from './helpers/pdf-tools';

const DATE = new Date('2025-03-01T08:00:00Z');
const page = (text: string): DisplayDocument => ({ title: text, pages: [{ width: 300, height: 200, bleed: 8.5, items: [glyphRun(text, { x: 20, y: 50, size: 12 })] }] });

describe('writePdf', () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('writes exactly the rendered bytes and reports where', async () => {
    const out = join(scratch.dir, 'page.pdf');
    const report = await writePdf(page('第一版'), { outPath: out, fixedDate: DATE });
    const { bytes } = await renderPdfBytes(page('第一版'), { fixedDate: DATE });
    expect(Buffer.compare(readFileSync(out), Buffer.from(bytes))).toBe(0);
    expect(report).toMatchObject({ path: out, pages: 1, bytes: bytes.length });
  });

  it('replaces an earlier file and leaves no temporary file behind', async () => {
    const out = join(scratch.dir, 'replace.pdf');
    writeFileSync(out, 'old proof');
    await writePdf(page('第二版'), { outPath: out, fixedDate: DATE });
    expect(readFileSync(out).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(readdirSync(scratch.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed export leaves the earlier file untouched', async () => {
    const out = join(scratch.dir, 'keep.pdf');
    writeFileSync(out, 'the proof the editor already sent');
    const broken = page('第三版');
    broken.pages[0]!.items.push({ kind: 'image', assetId: 'lost-photo', clip: { x: 0, y: 0, width: 10, height: 10 }, draw: { x: 0, y: 0, width: 10, height: 10 } });
    await expect(writePdf(broken, { outPath: out, images: () => undefined })).rejects.toMatchObject({ code: 'missing-image' });
    expect(readFileSync(out, 'utf8')).toBe('the proof the editor already sent');
    expect(readdirSync(scratch.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a destination that cannot be written is reported as write-failed, naming the path', async () => {
    const out = join(scratch.dir, 'no-such-folder', 'page.pdf');
    await expect(writePdf(page('第四版'), { outPath: out, fixedDate: DATE })).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining(out) });
  });
});

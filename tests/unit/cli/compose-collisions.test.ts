import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { samplePageDocument } from '../../../main/sample/sample-page';

const dir = mkdtempSync(join(tmpdir(), 'banmian-collide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('compose refuses a page with preflight errors', () => {
  it('exits 1 on the sample page with a story moved onto the one above, and writes it with --force', async () => {
    const doc = await samplePageDocument();
    // The 校史馆 story moved up three grid lines, onto the foot of 山阳区 and the banner over it.
    doc.frames = doc.frames.map((f) => (f.id === 'school' ? { ...f, area: { ...f.area, line: f.area.line - 3 } } : f));
    const file = join(dir, 'moved.json');
    writeFileSync(file, JSON.stringify(doc));
    const pdf = join(dir, 'moved.pdf');
    const refused = await cli('compose', file, '--out', pdf);
    expect(refused.code).toBe(1);
    expect(existsSync(pdf)).toBe(false);
    expect(refused.err).toMatch(/error\s+collision/u);
    expect(refused.err).toMatch(/the headline of story "daoqing"|story "daoqing"/u);
    expect(refused.err).toContain('--force');
    const forced = await cli('compose', file, '--out', pdf, '--force');
    expect(forced.code).toBe(0);
    expect(existsSync(pdf)).toBe(true);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';

const repo = resolve(__dirname, '../../..');
const sample = resolve(repo, '../shared/samples/seed-page.txt');

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-cli-'));
  db = join(dir, 'news.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('banmian CLI', () => {
  it('imports the sample page into five stories and lists them with their fields', async () => {
    const imported = await cli('import', sample, '--db', db, '--json');
    expect(imported.code, imported.err).toBe(0);
    const ids = JSON.parse(imported.out) as Array<{ id: string; headline: string }>;
    expect(ids).toHaveLength(5);
    expect(ids.map((s) => s.headline)).toContain('朱光丽：用爱缔造生命奇迹');

    const listed = await cli('articles', '--db', db, '--json');
    const stories = JSON.parse(listed.out) as Array<Record<string, unknown>>;
    expect(stories.map((s) => s.id).sort()).toEqual(ids.map((s) => s.id).sort());
    const qinyang = stories.find((s) => s.headline === '沁阳市：凝聚合力构建新兴领域党建新格局');
    // The 引题 printed above the headline comes last in the copy; the importer moves it up.
    expect(qinyang).toMatchObject({
      kicker: '让新就业群体凝聚在党旗下',
      subtitle: '',
      status: 'draft',
      bylines: [
        { role: 'reporter', label: '本报记者', names: ['杜挺勇'] },
        { role: 'correspondent', label: '本报通讯员', names: ['薛慧科'] },
      ],
    });
    for (const key of ['id', 'headline', 'kicker', 'subtitle', 'bylines', 'status', 'section']) {
      expect(qinyang).toHaveProperty(key);
    }
  });

  it('prints plain ids without --json', async () => {
    const result = await cli('import', sample, '--db', db);
    expect(result.out.trim().split('\n')).toHaveLength(5);
  });

  it.each([
    ['党建', '沁阳市：凝聚合力构建新兴领域党建新格局'],
    ['骑手', '沁阳市：凝聚合力构建新兴领域党建新格局'],
    ['朱光丽', '朱光丽：用爱缔造生命奇迹'],
    ['校史馆', '市道清中学校史馆：讲好红色校史 传承红色基因'],
  ])('search %s finds %s first', async (query, headline) => {
    await cli('import', sample, '--db', db);
    const result = await cli('search', query, '--db', db, '--json');
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.out) as Array<{ id: string; headline: string; snippet: string }>;
    expect(hits[0]?.headline).toBe(headline);
    expect(Object.keys(hits[0]!).sort()).toEqual(['headline', 'id', 'snippet']);
    expect(hits[0]!.snippet.length).toBeGreaterThan(0);
  });

  it('refuses a bad file with a clear message and imports nothing', async () => {
    const empty = join(dir, '空稿.txt');
    writeFileSync(empty, '');
    const result = await cli('import', sample, empty, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/空稿\.txt/);
    expect(result.out).toBe('');
    const listed = await cli('articles', '--db', db, '--json');
    expect(JSON.parse(listed.out)).toEqual([]);
  });

  it('reports usage errors on stderr with exit code 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const missingDb = await cli('articles');
    expect(missingDb.code).toBe(1);
    expect(missingDb.err).toMatch(/--db/);
    const noFile = await cli('import', join(dir, 'nope.txt'), '--db', db);
    expect(noFile.code).toBe(1);
    expect(noFile.err).toMatch(/nope\.txt: not found/);
  });

  it('runs as the installed `banmian` command', () => {
    const out = execFileSync(process.execPath, [join(repo, 'bin/banmian.cjs'), 'import', sample, '--db', db, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toHaveLength(5);
    const failed = spawnSync(process.execPath, [join(repo, 'bin/banmian.cjs'), 'search', '--db', db], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/search query/);
  });
});

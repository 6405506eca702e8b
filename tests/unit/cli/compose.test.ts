import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { builtInCmykProfile } from '../../../main/photos/sharp-pipelines';
import { PDFCHECK, pdfcheckPresent, pdffonts, pdftotext, qpdfCheck, run, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';

const repo = resolve(__dirname, '../../..');
const seed = resolve(repo, '../shared/samples/seed-page.txt');
const HEADLINES = ['沁阳市：凝聚合力构建新兴领域党建新格局', '朱光丽：用爱缔造生命奇迹', '市道清中学校史馆：讲好红色校史', '传承红色基因'];

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

interface LinesFile {
  lines: { frame: string; column: number; line: number; text: string; x: number; y: number; width: number }[];
}

interface CheckReport {
  fonts: { embedded: boolean; subset: boolean; tounicode: boolean }[];
  colour: { text_glyphs_by_colour: Record<string, number>; rgb_used: boolean; output_intents: unknown[]; pdfx_version: string | null };
  text: {
    violations: { line_start: number; line_end: number };
    loose_lines: number;
    justification: { max_dev_pt: number | null; ending_in_punctuation: { flush: number; other: number } };
  };
  nothing_lost: { missing: number; missing_chars: string };
  qpdf_check: { ok: boolean };
}

let dir: string;
let samplePdf: string;
let sampleLines: string;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-compose-'));
  // Converted photos go to this test's own cache, not the machine's.
  process.env.BANMIAN_CACHE_DIR = join(dir, 'photo-cache');
  samplePdf = join(dir, 'page.pdf');
  sampleLines = join(dir, 'lines.json');
  const result = await cli('compose', '--sample', '--out', samplePdf, '--lines', sampleLines);
  expect(result.code, result.err).toBe(0);
  // The heavy-work worker's first start and five photo conversions: more than a minute on a loaded machine.
}, 180_000);
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

describe('banmian compose --sample', () => {
  it('writes the composed lines: frame, column, text, x, y, width in pt', () => {
    const file = JSON.parse(readFileSync(sampleLines, 'utf8')) as LinesFile;
    // Over 300 lines (the lead in three 22-character columns, 山阳区 in two of 27: fewer, longer lines).
    expect(file.lines.length).toBeGreaterThan(300);
    const head = file.lines.find((l) => l.text === '沁阳市：凝聚合力构建新兴领域党建新格局')!;
    expect(head).toMatchObject({ frame: 'lead', column: 0 });
    for (const key of ['x', 'y', 'width'] as const) expect(typeof head[key]).toBe('number');
  });

  it.skipIf(!toolsPresent)(`embeds subset fonts with ToUnicode, passes qpdf and reads back the headlines ${toolsPresent ? '' : SKIP_MESSAGE}`, () => {
    const fonts = pdffonts(samplePdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true, uni: true });
    expect(qpdfCheck(samplePdf).status).toBe(0);
    const text = pdftotext(samplePdf).replace(/\s/gu, '');
    for (const h of HEADLINES) expect(text).toContain(h.replace(/\s/gu, ''));
  });

  it.skipIf(!pdfcheckPresent || !toolsPresent)('is a page pdfcheck has nothing to object to', () => {
    const r = run('/usr/bin/python3', [PDFCHECK, samplePdf, '--source', seed]);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.text.violations).toMatchObject({ line_start: 0, line_end: 0 });
    expect(report.text.loose_lines).toBe(0);
    expect(report.text.justification.max_dev_pt).toBeLessThanOrEqual(0.05);
    expect(report.text.justification.ending_in_punctuation).toMatchObject({ flush: 0, other: 0 });
    expect(report.nothing_lost).toMatchObject({ missing: 0 });
    // Text is black (K only) — or paper white, reversed out of a banner.
    expect(Object.keys(report.colour.text_glyphs_by_colour).sort()).toEqual(['DeviceCMYK 0/0/0/0', 'DeviceCMYK 0/0/0/1']);
    const white = report.colour.text_glyphs_by_colour['DeviceCMYK 0/0/0/0']!;
    expect(white).toBeLessThan(30);
    expect(report.colour.rgb_used).toBe(false);
    expect(report.colour.output_intents.length).toBe(1);
    expect(report.colour.pdfx_version).toBe('PDF/X-1a:2003');
    for (const f of report.fonts) expect(f).toMatchObject({ embedded: true, subset: true, tounicode: true });
    expect(report.qpdf_check.ok).toBe(true);
  });

  it('gives the same bytes for the same input', async () => {
    const again = join(dir, 'again.pdf');
    expect((await cli('compose', '--sample', '--out', again)).code).toBe(0);
    expect(Buffer.compare(readFileSync(again), readFileSync(samplePdf))).toBe(0);
    const dated = join(dir, 'dated.pdf');
    expect((await cli('compose', '--sample', '--out', dated, '--date', '2024-02-20T06:30:00Z')).code).toBe(0);
    expect(Buffer.compare(readFileSync(dated), readFileSync(samplePdf))).not.toBe(0);
    expect(readFileSync(dated).toString('latin1')).toContain('D:20240220063000');
    expect(readFileSync(samplePdf).toString('latin1')).toContain('D:20240220000000');
  });

  it('keeps photos converted for the press in a disk cache, so the next run need not convert them again', () => {
    const cache = join(dir, 'cache');
    const env = { ...process.env, BANMIAN_CACHE_DIR: cache };
    const bin = join(repo, 'bin/banmian.cjs');
    const first = spawnSync(process.execPath, [bin, 'compose', '--sample', '--out', join(dir, 'first.pdf')], { env, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    // Beside the conversions: the font metrics cache and the photo facts cache, each in its folder.
    expect(readdirSync(cache).filter((f) => !f.endsWith('.jpg')).sort()).toEqual(['fonts', 'photo-facts']);
    const entries = readdirSync(cache).filter((f) => f.endsWith('.jpg'));
    // All five photos of the sample page: two RGB separated, two grey compensated for dot gain,
    // one CMYK above the ink limit.
    expect(entries).toHaveLength(5);
    const second = spawnSync(process.execPath, [bin, 'compose', '--sample', '--out', join(dir, 'second.pdf')], { env, encoding: 'utf8' });
    expect(second.status, second.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'second.pdf')), readFileSync(samplePdf))).toBe(0);
    // A damaged cache entry is converted again, not used.
    writeFileSync(join(cache, entries[0]!), 'not a jpeg');
    const third = spawnSync(process.execPath, [bin, 'compose', '--sample', '--out', join(dir, 'third.pdf')], { env, encoding: 'utf8' });
    expect(third.status, third.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'third.pdf')), readFileSync(samplePdf))).toBe(0);
    // Three cold processes, each starting its heavy-work worker: more than the default minute on a loaded machine.
  }, 180_000);

  it('refuses a malformed --date', async () => {
    const result = await cli('compose', '--sample', '--out', join(dir, 'x.pdf'), '--date', 'yesterday');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--date/u);
  });

  it('makes the PDF for the printer\'s press: its ICC profile embedded as the output intent\'s DestOutputProfile', async () => {
    const icc = join(dir, 'press.icc');
    writeFileSync(icc, await builtInCmykProfile());
    const out = join(dir, 'press.pdf');
    const result = await cli('compose', '--sample', '--out', out, '--press-icc', icc, '--ink-limit', '230', '--press-condition', 'FOGRA51');
    expect(result.code, result.err).toBe(0);
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf).toContain('/DestOutputProfile');
    expect(pdf).toContain('/OutputConditionIdentifier (FOGRA51)');
    expect(readFileSync(samplePdf).toString('latin1')).not.toContain('/DestOutputProfile');
    if (toolsPresent) expect(qpdfCheck(out).status).toBe(0);

    const missing = await cli('compose', '--sample', '--out', out, '--press-icc', join(dir, 'none.icc'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/press ICC profile .*none\.icc: not found/u);
    const limit = await cli('compose', '--sample', '--out', out, '--ink-limit', '500');
    expect(limit.code).toBe(2);
    expect(limit.err).toMatch(/--ink-limit/u);
    const generation = await cli('compose', '--sample', '--out', out, '--black-generation', 'total');
    expect(generation.code).toBe(2);
    expect(generation.err).toMatch(/--black-generation/u);
  });
});

describe('page files', () => {
  it('sample-page prints a page file that, edited by hand, composes from another folder', async () => {
    const printed = await cli('sample-page');
    expect(printed.code).toBe(0);
    const doc = JSON.parse(printed.out) as { format: string; stories: Record<string, { headline: string }>; frames: { id: string; area: { column: number } }[]; assets: Record<string, { file: string }> };
    expect(doc.format).toBe('banmian-page');
    for (const asset of Object.values(doc.assets)) expect(asset.file.startsWith('/') || /^[A-Z]:/u.test(asset.file)).toBe(true);

    // A page editor's edits: a new headline, the portrait moved one column right within its story.
    doc.stories['zhu-guangli']!.headline = '朱光丽：用爱守护生命';
    doc.frames.find((f) => f.id === 'portrait')!.area.column += 1;
    const work = join(dir, 'desk');
    mkdirSync(work, { recursive: true });
    const file = join(work, 'page.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const pdf = join(work, 'edited.pdf');
    const lines = join(work, 'lines.json');
    const result = await cli('compose', file, '--out', pdf, '--lines', lines);
    expect(result.code, result.err).toBe(0);
    const set = JSON.parse(readFileSync(lines, 'utf8')) as LinesFile;
    expect(set.lines.map((l) => l.text)).toContain('朱光丽：用爱守护生命');
    expect(set.lines.map((l) => l.text)).not.toContain('朱光丽：用爱缔造生命奇迹');
    const before = JSON.parse(readFileSync(sampleLines, 'utf8')) as LinesFile;
    const caption = (f: LinesFile): number => f.lines.find((l) => l.frame === 'portrait')!.x;
    expect(caption(set) - caption(before)).toBeCloseTo(126, 3);
    // The profile's text now flows around the portrait in its second column, and still fits.
    expect(result.err).not.toMatch(/overset/u);
  });

  it('with --out, writes photo paths relative to the page file, which compose from any working folder', () => {
    const folder = join(dir, 'relative', 'pages');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'page.json');
    const bin = join(repo, 'bin/banmian.cjs');
    const written = spawnSync(process.execPath, [bin, 'sample-page', '--out', file], { encoding: 'utf8' });
    expect(written.status, written.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { assets: Record<string, { file: string }> };
    for (const asset of Object.values(doc.assets)) expect(asset.file.startsWith('../')).toBe(true);
    const elsewhere = mkdtempSync(join(tmpdir(), 'banmian-cwd-'));
    try {
      const composed = spawnSync(process.execPath, [bin, 'compose', file, '--out', 'out.pdf', '--preflight'], { cwd: elsewhere, encoding: 'utf8' });
      expect(composed.status, composed.stdout + composed.stderr).toBe(0);
      expect(composed.stdout).toMatch(/preflight: 0 error\(s\), 3 warning\(s\)/u);
      expect(readFileSync(join(elsewhere, 'out.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 180_000);

  it('an invalid page file fails, naming the field', async () => {
    const doc = JSON.parse((await cli('sample-page')).out) as { frames: { area: { span: number } }[] };
    doc.frames[3]!.area.span = 0;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await cli('compose', file, '--out', join(dir, 'bad.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/frames\[3\]\.area\.span: /u);
  });

  it('--preflight prints the problems and exits 1 on an overset page', async () => {
    const doc = JSON.parse((await cli('sample-page')).out) as { frames: { id: string; area: { depth: number } }[] };
    doc.frames.find((f) => f.id === 'shanyang')!.area.depth -= 6;
    const file = join(dir, 'overset.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await cli('compose', file, '--preflight');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^error\s+overset\s+\[shanyang\] story "shanyang": \d+ grid line\(s\) overset/mu);
    expect(result.out).toMatch(/preflight: 1 error\(s\), 3 warning\(s\)/u);
    // Without --preflight the page is not written either (the problems go to stderr), unless forced.
    const plain = await cli('compose', file, '--out', join(dir, 'overset.pdf'));
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/overset/u);
    expect(plain.err).toMatch(/not written: the page has 1 preflight error\(s\)/u);
    expect(existsSync(join(dir, 'overset.pdf'))).toBe(false);
    const forced = await cli('compose', file, '--out', join(dir, 'overset.pdf'), '--force');
    expect(forced.code).toBe(0);
  });
});

describe('pages in a database', () => {
  it('page-save stores a page with its photos; compose --db --page gives the same page', async () => {
    const db = join(dir, 'news.db');
    const file = join(dir, 'stored.json');
    expect((await cli('sample-page', '--out', file)).code).toBe(0);
    const saved = await cli('page-save', file, '--db', db);
    expect(saved.code, saved.err).toBe(0);
    const id = saved.out.trim();
    expect(id).toMatch(/\S+/u);
    const pdf = join(dir, 'stored.pdf');
    const result = await cli('compose', '--db', db, '--page', id, '--out', pdf);
    expect(result.code, result.err).toBe(0);
    // The same page, photos now from the database's photo store: the same bytes.
    expect(Buffer.compare(readFileSync(pdf), readFileSync(samplePdf))).toBe(0);
    // Saving again updates the page in its slot.
    const again = await cli('page-save', file, '--db', db);
    expect(again.out.trim()).toBe(id);
  });

  it('names what is missing', async () => {
    const result = await cli('compose', '--page', 'x', '--out', join(dir, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--db/u);
    expect((await cli('compose', '--sample')).err).toMatch(/nothing to do/u);
    expect((await cli('compose', '--out', 'x.pdf')).code).toBe(2);
    const unknown = await cli('compose', '--db', join(dir, 'empty.db'), '--page', 'nope', '--out', join(dir, 'x.pdf'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/nope/u);
    const usage = await cli('compose', '--bogus');
    expect(usage.code).toBe(2);
  });
});

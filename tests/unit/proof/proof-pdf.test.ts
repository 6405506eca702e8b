import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { samplePageDocument } from '../../../main/sample/sample-page';
import { importPhotos } from '../../../main/photos/photo-store';
import { proofMarksFor } from '../../../main/proof/proof-pdf';
import { SAMPLE_PROOF_MARKS, storeSampleProofRound } from '../../../main/sample/sample-proof-round';
import { openStore } from '../../../main/store/open-store';
import type { PageDocument } from '../../../shared/model/page';
import { pdftotext, qpdfCheck, rasterise, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';

// The proof PDF from the command line: `banmian compose --sample --proof --out proof.pdf`.
// Read back with pikepdf: every mark of the sample's first round is a PDF annotation over its
// glyphs with author, date, colour and text, the reply is threaded; the print PDF of the same
// page has no annotation at all and stays PDF/X. Rasterised: the notes are drawn in red in the
// margins the proof adds.

const pikepdf = spawnSync('/usr/bin/python3', ['-c', 'import pikepdf']).status === 0;
const PIKEPDF_SKIP = 'skipped: /usr/bin/python3 with pikepdf is not installed';

interface ReadAnnotation {
  subtype: string;
  author: string | null;
  contents: string | null;
  date: string | null;
  color: number[] | null;
  name: string | null;
  subject: string | null;
  quads: number[] | null;
  rect: number[];
  inReplyTo: string | null;
}

interface ReadPage {
  media: number[];
  trim: number[];
  annotations: ReadAnnotation[];
  pdfx: string | null;
  metadata: boolean;
}

/** The page's boxes, Info and annotations, as pikepdf reads them. */
function readPdf(path: string): ReadPage {
  const script = `
import json, sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
page = pdf.pages[0].obj
def s(v): return None if v is None else str(v)
def nums(v): return None if v is None else [float(x) for x in v]
out = {'media': nums(page.MediaBox), 'trim': nums(page.TrimBox), 'pdfx': s(pdf.trailer.Info.get('/GTS_PDFXVersion')), 'metadata': '/Metadata' in pdf.Root, 'annotations': []}
for a in page.get('/Annots', []):
    irt = a.get('/IRT')
    out['annotations'].append({'subtype': str(a.Subtype)[1:], 'author': s(a.get('/T')), 'contents': s(a.get('/Contents')), 'date': s(a.get('/M')),
      'color': nums(a.get('/C')), 'name': s(a.get('/NM')), 'subject': s(a.get('/Subj')), 'quads': nums(a.get('/QuadPoints')), 'rect': nums(a.Rect),
      'inReplyTo': s(irt.get('/NM')) if irt is not None else None})
print(json.dumps(out, ensure_ascii=False))
`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ReadPage;
}

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(argv, { out: () => undefined, err: (t) => void (err += t) });
  return { code, err };
}

let dir: string;
let proofPdf: string;
let printPdf: string;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-proof-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'photo-cache');
  proofPdf = join(dir, 'proof.pdf');
  printPdf = join(dir, 'print.pdf');
  const proof = await cli('compose', '--sample', '--proof', '--out', proofPdf);
  expect(proof.code, proof.err).toBe(0);
  expect(proof.err).toContain(`(${SAMPLE_PROOF_MARKS} marks,`);
  const print = await cli('compose', '--sample', '--out', printPdf);
  expect(print.code, print.err).toBe(0);
  // Two pages with their photos converted, the print one in the heavy-work worker started for it: slow on a loaded machine.
}, 180_000);

afterAll(() => {
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

describe('the proof PDF', () => {
  it.skipIf(!pikepdf)(`carries every mark as a PDF annotation with author, date, colour and text ${pikepdf ? '' : PIKEPDF_SKIP}`, () => {
    const page = readPdf(proofPdf);
    const marks = page.annotations.filter((a) => a.subtype !== 'Popup' && a.inReplyTo === null);
    expect(marks).toHaveLength(SAMPLE_PROOF_MARKS);
    expect(new Set(marks.map((a) => a.subtype))).toEqual(new Set(['StrikeOut', 'Highlight', 'Underline', 'Caret']));
    for (const mark of marks) {
      expect(mark.author).toBe('校对 李敏');
      expect(mark.date).toMatch(/^D:20240219\d{6}Z?/);
      expect(mark.color).toEqual([0.843, 0.098, 0.11]); // 一校 red (#d7191c)
      expect(mark.subject).toMatch(/^一校·/);
      expect(mark.contents).toMatch(/^【一校·/);
      expect(mark.name).toMatch(/^sample-proof-\d\d$/);
      // Over the page, inside its trim box.
      const [x1, y1, x2, y2] = page.trim as [number, number, number, number];
      expect(mark.rect[0]).toBeGreaterThanOrEqual(x1 - 3);
      expect(mark.rect[2]).toBeLessThanOrEqual(x2 + 3);
      expect(mark.rect[1]).toBeGreaterThanOrEqual(y1 - 3);
      expect(mark.rect[3]).toBeLessThanOrEqual(y2 + 3);
      if (mark.subtype !== 'Caret') expect(mark.quads!.length % 8).toBe(0);
    }
    const replace = marks.find((a) => a.contents?.startsWith('【一校·改正】痛点'))!;
    expect(replace.subtype).toBe('StrikeOut');
    expect(replace.contents).toContain('与本版其他稿件用词统一');
    // The query's reply threads under it (In Reply To), with its own author.
    const query = marks.find((a) => a.contents?.includes('48人还是46人'))!;
    const replies = page.annotations.filter((a) => a.inReplyTo === query.name);
    expect(replies.map((a) => [a.subtype, a.author, a.contents])).toEqual([['Text', '编辑 王强', '已与通讯员核实，48人。']]);
    expect(page.annotations.filter((a) => a.subtype === 'Popup')).toHaveLength(SAMPLE_PROOF_MARKS);
    // Paper for the notes on both sides; not a PDF/X print file.
    expect(page.media[0]).toBeLessThan(0);
    expect(page.media[2]).toBeGreaterThan((page.trim[2] ?? 0) + 100);
    expect(page.pdfx).toBeNull();
    expect(page.metadata).toBe(false);
  });

  it.skipIf(!pikepdf)(`is never mixed into the print PDF: no annotations, still PDF/X ${pikepdf ? '' : PIKEPDF_SKIP}`, () => {
    const page = readPdf(printPdf);
    expect(page.annotations).toEqual([]);
    expect(page.pdfx).toBe('PDF/X-1a:2003');
    expect(page.metadata).toBe(true);
    expect(page.media[0]).toBe(0);
  });

  it.skipIf(!toolsPresent)(`draws the notes in red in its margins, with text a reader can copy ${toolsPresent ? '' : SKIP_MESSAGE}`, () => {
    expect(qpdfCheck(proofPdf).status).toBe(0);
    expect(pdftotext(proofPdf)).toContain('【一校·改正】痛点');
    expect(pdftotext(printPdf)).not.toContain('【一校');
    const proof = rasterise(proofPdf, { dpi: 20 });
    const print = rasterise(printPdf, { dpi: 20 });
    expect(proof.width).toBeGreaterThan(print.width);
    // Red pixels in the added margins (left of where the print page's paper begins).
    // Notes on both sides: half the added width is on the left.
    const added = Math.floor((proof.width - print.width) / 2);
    let red = 0;
    for (let y = 0; y < proof.height; y++) {
      for (let x = 0; x < added; x++) {
        const i = (y * proof.width + x) * 3;
        const [r, g, b] = [proof.pixels[i]!, proof.pixels[i + 1]!, proof.pixels[i + 2]!];
        if (r > 150 && g < 120 && b < 120) red++;
      }
    }
    expect(red).toBeGreaterThan(50);
  });

  it.skipIf(!pikepdf)(`is written from the app (proof.exportPage) with the marks stored for the page’s stories ${pikepdf ? '' : PIKEPDF_SKIP}`, async () => {
    const store = openStore(':memory:', { photosDir: join(dir, 'app-photos') });
    try {
      const sample = await samplePageDocument();
      // The window names photos in the photo store only (docs/security.md): put the sample's there.
      const assetKeys = Object.keys(sample.assets);
      const stored = await importPhotos(store, assetKeys.map((key) => ({ name: basename(sample.assets[key]!.file!), bytes: new Uint8Array(readFileSync(sample.assets[key]!.file!)) })));
      sample.assets = Object.fromEntries(assetKeys.map((key, i) => [key, { sha256: stored[i]!.sha256 }]));
      const keys = Object.keys(sample.stories);
      const created = store.stories.createMany(keys.map((key) => sample.stories[key]!));
      const ids = new Map(keys.map((key, i) => [key, created[i]!.id]));
      const made = storeSampleProofRound(store, sample.stories, ids);
      expect(made.filter((m) => m.replyTo === null)).toHaveLength(SAMPLE_PROOF_MARKS);
      // The page as the desk stores it: frames naming the stored stories, no inline copies.
      const document = { ...sample, stories: {}, frames: sample.frames.map((f) => (f.kind === 'story' ? { ...f, storyId: ids.get(f.storyId)! } : f)) };
      const out = join(dir, 'from-app.pdf');
      let suggested = '';
      const handlers = createHandlers({
        store,
        appInfo: () => ({ name: 'Banmian', version: 'test', dataDir: dir, shell: 'harness' }),
        pickPdfPath: async (name) => {
          suggested = name;
          return out;
        },
      });
      const outcome = await dispatch(handlers, 'proof.exportPage', { document });
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      expect(outcome.ok && outcome.value).toMatchObject({ written: true, path: out, placed: SAMPLE_PROOF_MARKS, unplaced: [] });
      expect(suggested).toBe('2024-02-20 第3版 基层党建 校样.pdf');
      const read = readPdf(out);
      expect(read.annotations.filter((a) => a.subtype !== 'Popup' && a.inReplyTo === null)).toHaveLength(SAMPLE_PROOF_MARKS);
      expect(read.annotations.filter((a) => a.inReplyTo !== null).map((a) => a.contents)).toEqual(['已与通讯员核实，48人。']);
    } finally {
      store.close();
    }
  });

  it('takes a stored page’s marks from the database', () => {
    const store = openStore(':memory:');
    try {
      const story = store.stories.create({ headline: '骑手之家', body: [{ type: 'paragraph', children: [{ text: '为60余名外卖骑手进行交通安全专题辅导。' }] }] });
      store.annotations.create({ storyId: story.id, anchor: { path: [0], offset: 10, quote: '交通安全' }, kind: 'comment', body: '核实', author: '校对' });
      const doc = { frames: [{ kind: 'story', id: 'f1', storyId: story.id }, { kind: 'story', id: 'f2', storyId: 'not-stored' }], stories: {} } as unknown as PageDocument;
      expect(proofMarksFor(doc, { store }).map((a) => a.body)).toEqual(['核实']);
      expect(proofMarksFor(doc, {})).toEqual([]);
    } finally {
      store.close();
    }
  });
});

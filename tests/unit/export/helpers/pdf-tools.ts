import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

/** poppler-utils and qpdf: the tools a printer's preflight is modelled on. */
const TOOLS = ['pdftoppm', 'pdftotext', 'pdffonts', 'pdfimages', 'pdfinfo', 'qpdf'];

const hasTool = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

export const missingTools = TOOLS.filter((t) => !hasTool(t));
export const toolsPresent = missingTools.length === 0;
export const SKIP_MESSAGE = `skipped: ${missingTools.join(', ')} not installed (Debian poppler-utils and qpdf; npm run test:setup)`;

const REPO = resolve(__dirname, '../../../..');
export const PDFCHECK = resolve(REPO, '../shared/tools/pdfcheck');
export const pdfcheckPresent = existsSync(PDFCHECK) && existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import pikepdf']).status === 0;

export function run(cmd: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function runBinary(cmd: string, args: string[]): Buffer {
  const r = spawnSync(cmd, args, { maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

/** A scratch directory removed by the returned cleanup function. */
export function scratchDir(): { dir: string; file: (name: string, bytes?: Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-export-'));
  return {
    dir,
    file(name, bytes) {
      const path = join(dir, name);
      if (bytes) writeFileSync(path, bytes);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Raster {
  width: number;
  height: number;
  channels: 1 | 3;
  pixels: Uint8Array;
}

/** One page rasterised by pdftoppm (poppler's Splash renderer, FreeType for the fonts). */
export function rasterise(pdf: string, options: { dpi: number; page?: number; gray?: boolean }): Raster {
  const page = String(options.page ?? 1);
  const args = ['-r', String(options.dpi), '-f', page, '-l', page];
  if (options.gray) args.push('-gray');
  const out = runBinary('pdftoppm', [...args, pdf]);
  // PNM header: magic, width, height, maxval, each followed by one whitespace character.
  const match = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 64).toString('latin1'));
  if (!match) throw new Error(`pdftoppm gave no PNM image for ${pdf} (${out.length} bytes)`);
  const header = match.slice(1);
  const pos = match[0].length;
  const channels = header[0] === 'P5' ? 1 : 3;
  return { width: Number(header[1]), height: Number(header[2]), channels, pixels: new Uint8Array(out.buffer, out.byteOffset + pos) };
}

/**
 * Page 1 with poppler's overprint simulation, i.e. what the plates add up to on paper.
 * Splash renders it in CMYK, which pdftoppm can only write as PNG/TIFF: decoded with sharp.
 */
export async function pressProof(pdf: string, dpi: number): Promise<Raster> {
  const png = runBinary('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-overprint', '-png', pdf]);
  const { data, info } = await sharp(png).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 3, pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export function pdffonts(pdf: string): FontRow[] {
  const { stdout } = run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!, encoding: m[3]!, emb: m[4] === 'yes', sub: m[5] === 'yes', uni: m[6] === 'yes' };
    });
}

/** Text in content-stream order, as a reader's copy would give it. */
export function pdftotext(pdf: string): string {
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).stdout;
}

export function qpdfCheck(pdf: string): { status: number; output: string } {
  const r = run('qpdf', ['--check', pdf]);
  return { status: r.status, output: r.stdout + r.stderr };
}

/** The project's print-quality check (../shared/tools/pdfcheck); its JSON report. */
export function pdfcheck(pdf: string, source?: string): PdfcheckReport {
  const args = [PDFCHECK, pdf];
  if (source) args.push('--source', source);
  const r = run('/usr/bin/python3', args);
  return JSON.parse(r.stdout) as PdfcheckReport;
}

export interface PdfcheckReport {
  page_boxes: { bleed_ok: boolean; bleed_mm: number; crop_marks: { present: boolean } }[];
  colour: {
    text_k_only_share: number;
    rgb_used: boolean;
    text_spaces: Record<string, number>;
    output_intents: { S: string; condition: string }[];
    pdfx_version: string | null;
    parse_errors: string[];
  };
  fonts: { name: string; embedded: boolean; subset: boolean; tounicode: boolean }[];
  images: { colour: string; ppi: [number, number]; low_res: boolean }[];
  nothing_lost?: { nothing_lost: boolean; exact: boolean; missing: number; extra: number; missing_chars: string; extra_chars: string };
  qpdf_check: { ok: boolean };
}

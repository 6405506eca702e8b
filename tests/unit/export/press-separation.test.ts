import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComposedLine } from '../../../shared/compose/compose-types';
import { mmToPt } from '../../../shared/model/units';

/**
 * The sample page as the press sees it: composed with the CLI and separated into its four
 * plates with Ghostscript (tiffsep, 72 dpi, as a printer's RIP preview would), then measured:
 * no pixel inside the trim above the ink limit, and the body text on the black plate only.
 */

const REPO = resolve(__dirname, '../../..');
const gsPresent = spawnSync('sh', ['-c', 'command -v gs']).status === 0;
const DPI = 72;
const PLATES = ['Cyan', 'Magenta', 'Yellow', 'Black'] as const;

interface Separation {
  width: number;
  height: number;
  /** Per plate, ink per pixel 0–255. */
  plates: Uint8Array[];
}

async function separate(pdf: string, dir: string): Promise<Separation> {
  const gs = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=tiffsep', `-r${DPI}`, `-sOutputFile=${join(dir, 'sep.tif')}`, pdf], { encoding: 'utf8' });
  expect(gs.status, gs.stderr).toBe(0);
  const plates: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (const name of PLATES) {
    const { data, info } = await sharp(join(dir, `sep(${name}).tif`)).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    width = info.width;
    height = info.height;
    // tiffsep writes each plate as grey: 255 is no ink.
    plates.push(Uint8Array.from(data, (v) => 255 - v));
  }
  return { width, height, plates };
}

function cli(dir: string, ...args: string[]) {
  const env = { ...process.env, BANMIAN_CACHE_DIR: join(dir, 'cache') };
  const run = spawnSync(process.execPath, [join(REPO, 'bin/banmian.cjs'), ...args], { env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

describe.skipIf(!gsPresent)('the sample page separated (Ghostscript tiffsep)', () => {
  let dir: string;
  let sep: Separation;
  let lines: ComposedLine[];
  /** The trim's top-left in the separation, px: the slug (10 mm) and the bleed (3 mm). */
  const origin = Math.round((mmToPt(13) * DPI) / 72);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banmian-sep-'));
    cli(dir, 'compose', '--sample', '--out', join(dir, 'page.pdf'), '--lines', join(dir, 'lines.json'));
    lines = JSON.parse(readFileSync(join(dir, 'lines.json'), 'utf8')).lines as ComposedLine[];
    sep = await separate(join(dir, 'page.pdf'), dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ink = (x: number, y: number): number[] => sep.plates.map((p) => p[y * sep.width + x]!);

  it('has no pixel inside the trim above 240 % total ink, and its photos still print dark', () => {
    let max = 0;
    let over = 0;
    for (let y = origin; y < sep.height - origin; y++) {
      for (let x = origin; x < sep.width - origin; x++) {
        const total = ink(x, y).reduce((a, b) => a + b, 0);
        if (total > max) max = total;
        if (total > 612) over++;
      }
    }
    expect(over).toBe(0);
    expect((max / 255) * 100).toBeLessThanOrEqual(240);
    // Not by washing the page out: the deepest shadows come close to the limit.
    expect((max / 255) * 100).toBeGreaterThan(200);
  });

  it('prints the body text on the black plate only', () => {
    const body = lines.filter((l) => typeof l.block === 'number' && l.text.trim().length > 4);
    expect(body.length).toBeGreaterThan(200);
    let black = 0;
    const coloured: string[] = [];
    for (const line of body) {
      const x0 = origin + Math.ceil(line.x);
      const x1 = origin + Math.floor(line.x + line.width);
      // The glyphs' bodies: from the baseline up to about the cap height.
      for (let y = origin + Math.ceil(line.y - line.size * 0.8); y <= origin + Math.floor(line.y); y++) {
        for (let x = x0; x < x1; x++) {
          const [c, m, yellow, k] = ink(x, y);
          if (c! + m! + yellow! > 0) coloured.push(`“${line.text.slice(0, 12)}…” at ${x},${y}`);
          if (k! > 0) black++;
        }
      }
    }
    expect(coloured.slice(0, 5)).toEqual([]);
    expect(black).toBeGreaterThan(10_000);
  });
});

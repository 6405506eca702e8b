import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GlyphMetrics, InkBounds } from '../../shared/typeset/measurer';
import { printCacheDir } from '../files/cache-dir';
import type { FontkitFont } from './font-loader';

/**
 * What a font file has answered, kept on disk by the file's SHA-256, so a new process composes
 * and writes a page without parsing the 10–15 MB TrueType files: parsing (fontkit's hmtx,
 * glyph outlines for ink boxes, GSUB/GPOS for forms and kerning) was a good part of a cold
 * `banmian compose`. A record holds the face's scalar facts, the typesetter Measurer's answers
 * (glyph per character and form, ink box per glyph, kerning per pair) and the PDF writer's
 * advance widths; whatever a page asks that is not there is read from the font (opened then)
 * and added. Subsets (font-subset-cache.ts) are kept beside the records.
 *
 * Files: `fonts/<sha256>-fontkit<version>-v<RECORD_VERSION>.json` in the print cache folder
 * ($BANMIAN_CACHE_DIR, main/files/cache-dir.ts), and `fonts/files.json` mapping a file
 * (path, size, modification time) to its hash, so a file is hashed once, not on every run.
 * Entries are only ever added to a record, and a record names the fontkit version that computed
 * it, so an upgrade never reuses old answers. Best effort: a cache that cannot be read or written
 * only costs the parsing. BANMIAN_FONT_CACHE=0 turns it off (every answer from the font).
 */

const RECORD_VERSION = 1;

/** The scalar facts of a face (fontkit's names), as the Measurer and the PDF writer read them. */
export type FontFacts = Pick<FontkitFont, 'postscriptName' | 'unitsPerEm' | 'numGlyphs' | 'ascent' | 'descent' | 'capHeight' | 'italicAngle' | 'bbox'> & {
  os2?: FontkitFont['OS/2'];
};

export interface FontRecord {
  /** The file's SHA-256 (hex), or '' when the cache is off or the file cannot be read. */
  readonly hash: string;
  facts?: FontFacts;
  /** The Measurer's glyph answers by codePoint × 4 + form index. */
  readonly glyphs: Map<number, GlyphMetrics>;
  readonly ink: Map<number, InkBounds>;
  /** Pair kerning by left gid × 65536 + right gid. */
  readonly kerning: Map<number, number>;
  /** hmtx advance width by glyph id (the PDF's /W). */
  readonly widths: Map<number, number>;
  /** Something was added since the record was read or saved. */
  dirty: boolean;
}

interface StoredRecord {
  facts?: FontFacts;
  glyphs: [number, number, number][];
  ink: [number, number, number, number, number][];
  kerning: [number, number][];
  widths: [number, number][];
}

const records = new Map<string, FontRecord>();
let fileHashes: Record<string, string> | undefined;
let fontkitVersion: string | undefined;

export function fontCacheEnabled(): boolean {
  return process.env.BANMIAN_FONT_CACHE !== '0';
}

export function fontCacheDir(): string {
  return join(printCacheDir(), 'fonts');
}

/** fontkit's version names what computed a record (reading its package.json does not load fontkit); '' when it cannot be read. */
export function fontkitVersionTag(): string {
  if (fontkitVersion === undefined) {
    try {
      // fontkit's "exports" hide its package.json: found from its entry (dist/main.cjs), one folder up.
      const entry = createRequire(__filename).resolve('fontkit');
      fontkitVersion = `fontkit${(JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version}`;
    } catch {
      fontkitVersion = ''; // no cache rather than answers of an unknown fontkit
    }
  }
  return fontkitVersion;
}

function writeAtomic(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(fontCacheDir(), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // a read-only or full disk: the font is parsed again next time
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The SHA-256 of the font file, hashed once per (path, size, modification time). */
export function fontFileHash(path: string): string {
  let key: string;
  try {
    const stat = statSync(path);
    key = `${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
  } catch {
    return '';
  }
  const index = join(fontCacheDir(), 'files.json');
  fileHashes ??= readJson<Record<string, string>>(index) ?? {};
  let hash = fileHashes[key];
  if (!hash) {
    try {
      hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      return '';
    }
    // Merged with what other processes wrote since this one read the index.
    fileHashes = { ...(readJson<Record<string, string>>(index) ?? {}), ...fileHashes, [key]: hash };
    writeAtomic(index, JSON.stringify(fileHashes));
  }
  return hash;
}

function recordFile(hash: string): string {
  return join(fontCacheDir(), `${hash}-${fontkitVersionTag()}-v${RECORD_VERSION}.json`);
}

function fill(record: FontRecord, stored: StoredRecord | undefined): void {
  if (!stored) return;
  record.facts ??= stored.facts;
  for (const [key, gid, advance] of stored.glyphs ?? []) if (!record.glyphs.has(key)) record.glyphs.set(key, { gid, advance });
  for (const [gid, xMin, xMax, yMin, yMax] of stored.ink ?? []) if (!record.ink.has(gid)) record.ink.set(gid, { xMin, xMax, yMin, yMax });
  for (const [key, k] of stored.kerning ?? []) if (!record.kerning.has(key)) record.kerning.set(key, k);
  for (const [gid, w] of stored.widths ?? []) if (!record.widths.has(gid)) record.widths.set(gid, w);
}

/** The record of the font file at `path`, read from the cache on first use in this process. */
export function fontRecord(path: string): FontRecord {
  let record = records.get(path);
  if (!record) {
    const hash = fontCacheEnabled() && fontkitVersionTag() ? fontFileHash(path) : '';
    record = { hash, glyphs: new Map(), ink: new Map(), kerning: new Map(), widths: new Map(), dirty: false };
    if (hash) fill(record, readJson<StoredRecord>(recordFile(hash)));
    records.set(path, record);
  }
  return record;
}

/**
 * Writes every record that gained answers, merged with what another process may have written
 * meanwhile. Called when a composition or a PDF is done (a worker thread gets no exit event).
 */
export function saveFontRecords(): void {
  for (const record of records.values()) {
    if (!record.dirty || !record.hash) continue;
    const file = recordFile(record.hash);
    fill(record, readJson<StoredRecord>(file));
    const stored: StoredRecord = {
      ...(record.facts ? { facts: record.facts } : {}),
      glyphs: [...record.glyphs].map(([key, g]) => [key, g.gid, g.advance]),
      ink: [...record.ink].map(([gid, b]) => [gid, b.xMin, b.xMax, b.yMin, b.yMax]),
      kerning: [...record.kerning],
      widths: [...record.widths],
    };
    writeAtomic(file, JSON.stringify(stored));
    record.dirty = false;
  }
}

/** Writes bytes into the font cache folder (the subset cache's files). */
export function writeFontCacheFile(name: string, bytes: Uint8Array): void {
  writeAtomic(join(fontCacheDir(), name), bytes);
}

/** Forgets what this process read (tests: a fresh process's view of the cache folder). */
export function resetFontRecords(): void {
  records.clear();
  fileHashes = undefined;
}

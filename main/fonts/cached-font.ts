import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontCacheDir, fontkitVersionTag, fontRecord, resetFontRecords, writeFontCacheFile, type FontFacts, type FontRecord } from './font-metrics-cache';
import { openFont, type FontkitFont, type FontkitGlyph, type FontkitSubset } from './font-loader';

/**
 * A font as the PDF writer sees it, answered from the font metrics cache
 * (font-metrics-cache.ts) and opened with fontkit only for what the cache lacks: the face's
 * facts, advance widths and subsets are cached, anything else (a layout, a glyph's outline) opens
 * the file. A page whose glyphs were all seen before is written without fontkit being loaded.
 *
 * Subsets are kept by (font file hash, fontkit version, glyph ids in inclusion order): fontkit
 * numbers a subset's glyphs in inclusion order after .notdef, so the same list gives the same
 * program and the same mapping — the mapping is computed here exactly as fontkit's
 * `includeGlyph` does. In memory (an edition's pages share most glyphs) and on disk.
 */

const MAX_SUBSETS_IN_MEMORY = 64;
const subsets = new Map<string, Uint8Array>();
const fonts = new Map<string, FontkitFont>();

export function factsOf(font: FontkitFont): FontFacts {
  const os2 = font['OS/2'];
  return {
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    numGlyphs: font.numGlyphs,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    italicAngle: font.italicAngle,
    bbox: { minX: font.bbox.minX, minY: font.bbox.minY, maxX: font.bbox.maxX, maxY: font.bbox.maxY },
    ...(os2 ? { os2: { typoAscender: os2.typoAscender, typoDescender: os2.typoDescender, ...(os2.usWeightClass !== undefined ? { usWeightClass: os2.usWeightClass } : {}) } } : {}),
  };
}

/** The record's facts, read from the font (and recorded) when the cache has none. */
export function recordFacts(record: FontRecord, real: () => FontkitFont): FontFacts {
  if (!record.facts) {
    record.facts = factsOf(real());
    record.dirty = true;
  }
  return record.facts;
}

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** A stored subset is its program followed by the program's SHA-256: a damaged or cut file is not used. */
function readSubsetFile(name: string): Uint8Array | undefined {
  try {
    const file = readFileSync(join(fontCacheDir(), name));
    const bytes = file.subarray(0, file.length - 32);
    if (file.length > 32 && sha256(bytes).equals(file.subarray(file.length - 32))) return new Uint8Array(bytes);
  } catch {
    // not cached yet
  }
  return undefined;
}

function cachedSubset(record: FontRecord, real: () => FontkitFont): FontkitSubset {
  const glyphs: number[] = [];
  const mapping = new Map<number, number>();
  const include = (gid: number): number => {
    let mapped = mapping.get(gid);
    if (mapped === undefined) {
      mapped = glyphs.length;
      glyphs.push(gid);
      mapping.set(gid, mapped);
    }
    return mapped;
  };
  include(0); // fontkit always includes .notdef first
  return {
    includeGlyph: include,
    encode() {
      const key = record.hash ? createHash('sha256').update(`${record.hash} ${fontkitVersionTag()} ${glyphs.join(',')}`).digest('hex') : '';
      const name = `subset-${key}.ttf`;
      let bytes = key ? subsets.get(key) : undefined;
      if (!bytes && key) bytes = readSubsetFile(name);
      if (!bytes) {
        const subset = real().createSubset();
        for (const gid of glyphs) {
          if (subset.includeGlyph(gid) !== mapping.get(gid)) throw new Error(`fontkit numbered glyph ${gid} of the subset unexpectedly`);
        }
        bytes = subset.encode();
        if (key) writeFontCacheFile(name, Buffer.concat([bytes, sha256(bytes)]));
      }
      if (key) {
        if (subsets.size >= MAX_SUBSETS_IN_MEMORY) subsets.delete(subsets.keys().next().value!);
        subsets.set(key, bytes);
      }
      return bytes;
    },
  };
}

/** The font at `path` behind the cache; the same object for every caller in the process. */
export function cachedFont(path: string): FontkitFont {
  let font = fonts.get(path);
  if (font) return font;
  const record = fontRecord(path);
  const real = (): FontkitFont => openFont(path);
  const facts = (): FontFacts => recordFacts(record, real);
  const advanceWidth = (gid: number): number => {
    let width = record.widths.get(gid);
    if (width === undefined) {
      width = real().getGlyph(gid).advanceWidth;
      record.widths.set(gid, width);
      record.dirty = true;
    }
    return width;
  };
  font = {
    get postscriptName() {
      return facts().postscriptName;
    },
    get unitsPerEm() {
      return facts().unitsPerEm;
    },
    get numGlyphs() {
      return facts().numGlyphs;
    },
    get ascent() {
      return facts().ascent;
    },
    get descent() {
      return facts().descent;
    },
    get capHeight() {
      return facts().capHeight;
    },
    get italicAngle() {
      return facts().italicAngle;
    },
    get bbox() {
      return facts().bbox;
    },
    get 'OS/2'() {
      return facts().os2;
    },
    glyphForCodePoint: (codePoint) => real().glyphForCodePoint(codePoint),
    // The width from the cache; the rest of the glyph from the font, when asked for.
    getGlyph: (id): FontkitGlyph => ({
      id,
      get advanceWidth() {
        return advanceWidth(id);
      },
      get advanceHeight() {
        return real().getGlyph(id).advanceHeight;
      },
      get bbox() {
        return real().getGlyph(id).bbox;
      },
      get codePoints() {
        return real().getGlyph(id).codePoints;
      },
    }),
    layout: (text, features) => real().layout(typeof text === 'string' ? text : text.map((g) => real().getGlyph(g.id)), features),
    createSubset: () => cachedSubset(record, real),
  };
  fonts.set(path, font);
  return font;
}

/** Forgets every record, font and subset this process holds (tests: a new process's view of the cache folder). */
export function resetCachedFonts(): void {
  fonts.clear();
  subsets.clear();
  resetFontRecords();
}

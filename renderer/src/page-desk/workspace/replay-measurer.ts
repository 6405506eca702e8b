import type { FaceMetricsPack } from '../../../../shared/ipc/page-contract';
import type { FaceMetrics, GlyphForm, GlyphMetrics, InkBounds, Measurer } from '../../../../shared/typeset/measurer';

/**
 * The fonts as the main process answered for them (ComposeResources): a Measurer that gives the
 * recorded answers and nothing else. A question that was never asked of the real fonts (new
 * text) is not guessed: the measurer notes the miss and answers with a stand-in, and its
 * composition is thrown away and done by the main process instead. A face the main process
 * could not open throws, as the real measurer does, so composition sets it in a stand-in face.
 */

const FORMS: Record<GlyphForm, number> = { default: 0, 'full-width': 1, proportional: 2, vertical: 3 };
const MISS_FACE: FaceMetrics = { unitsPerEm: 1000, ascent: 880, descent: -120 };
const MISS_INK: InkBounds = { xMin: 0, xMax: 0, yMin: 0, yMax: 0 };

export class ReplayMeasurer implements Measurer {
  readonly id: string;
  /** Set when composition asked something the recording does not hold. */
  missed = false;
  private readonly metrics = new Map<string, FaceMetrics | null>();
  private readonly glyphs = new Map<string, Map<number, GlyphMetrics>>();
  private readonly inks = new Map<string, Map<number, InkBounds>>();
  private readonly kerns = new Map<string, Map<number, number>>();

  constructor(faces: Readonly<Record<string, FaceMetricsPack | null>>, generation: number) {
    this.id = `replay:${generation}`;
    for (const [faceId, pack] of Object.entries(faces)) this.add(faceId, pack);
  }

  /** Adds a recording; a face already known keeps its answers and gains the new ones. */
  add(faceId: string, pack: FaceMetricsPack | null): void {
    if (!pack) {
      if (!this.metrics.has(faceId)) this.metrics.set(faceId, null);
      return;
    }
    this.metrics.set(faceId, { unitsPerEm: pack.unitsPerEm, ascent: pack.ascent, descent: pack.descent });
    const glyphs = this.glyphs.get(faceId) ?? new Map<number, GlyphMetrics>();
    for (const [cp, form, gid, advance] of pack.glyphs) glyphs.set(cp * 4 + form, { gid, advance });
    this.glyphs.set(faceId, glyphs);
    const inks = this.inks.get(faceId) ?? new Map<number, InkBounds>();
    for (const [gid, xMin, xMax, yMin, yMax] of pack.ink) inks.set(gid, { xMin, xMax, yMin, yMax });
    this.inks.set(faceId, inks);
    const kerns = this.kerns.get(faceId) ?? new Map<number, number>();
    for (const [left, right, value] of pack.kerning) kerns.set(left * 65536 + right, value);
    this.kerns.set(faceId, kerns);
  }

  face(faceId: string): FaceMetrics {
    const m = this.metrics.get(faceId);
    if (m === null) throw new Error(`font "${faceId}" is not installed`);
    if (m === undefined) {
      this.missed = true;
      return MISS_FACE;
    }
    return m;
  }

  glyph(faceId: string, codePoint: number, form: GlyphForm = 'default'): GlyphMetrics {
    const g = this.glyphs.get(faceId)?.get(codePoint * 4 + FORMS[form]);
    if (g) return g;
    this.missed = true;
    return { gid: 0, advance: 1000 };
  }

  ink(faceId: string, gid: number): InkBounds {
    const ink = this.inks.get(faceId)?.get(gid);
    if (ink) return ink;
    this.missed = true;
    return MISS_INK;
  }

  kerning(faceId: string, leftGid: number, rightGid: number): number {
    const k = this.kerns.get(faceId)?.get(leftGid * 65536 + rightGid);
    if (k !== undefined) return k;
    this.missed = true;
    return 0;
  }
}

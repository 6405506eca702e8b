import type { FaceMetrics, GlyphForm, GlyphMetrics, InkBounds, Measurer } from '../../../../shared/typeset/measurer';
import type { ReplayMeasurer } from './replay-measurer';

/**
 * The measurer of the proof layer on screen. The marks stand on glyphs the page was composed
 * with, so their answers are recorded and exact; the margin notes say new things, and a
 * character never asked of the real fonts gets an estimate (an em for CJK, half for others)
 * rather than failing: a note a little wider or narrower on screen does not move any mark.
 */

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
const STAND_IN: FaceMetrics = { unitsPerEm: 1000, ascent: 880, descent: -120 };

export class ProofMeasurer implements Measurer {
  readonly id: string;

  constructor(private readonly replay: ReplayMeasurer) {
    this.id = `proof:${replay.id}`;
  }

  face(faceId: string): FaceMetrics {
    try {
      return this.replay.face(faceId);
    } catch {
      return STAND_IN; // a face the main process could not open: the notes still show
    }
  }

  glyph(faceId: string, codePoint: number, form?: GlyphForm): GlyphMetrics {
    this.replay.missed = false;
    const recorded = this.replay.glyph(faceId, codePoint, form);
    if (!this.replay.missed) return recorded;
    const em = this.face(faceId).unitsPerEm;
    return { gid: 0, advance: WIDE.test(String.fromCodePoint(codePoint)) ? em : em / 2 };
  }

  ink(faceId: string, gid: number): InkBounds {
    return this.replay.ink(faceId, gid);
  }

  kerning(faceId: string, leftGid: number, rightGid: number): number {
    return this.replay.kerning(faceId, leftGid, rightGid);
  }
}

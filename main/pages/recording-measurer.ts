import type { FaceMetricsPack } from '../../shared/ipc/page-contract';
import type { GlyphForm, Measurer } from '../../shared/typeset/measurer';

/**
 * A Measurer that answers from the real fonts and writes down every answer, so the page view can
 * compose the same page with the same numbers (see ComposeResources in shared/ipc/page-contract.ts). Composition measures a
 * paragraph's characters, ink boxes and kerning pairs before it breaks lines, so what one
 * composition of a text asks is all any layout of that text will ask: moving or resizing frames
 * needs no new answers, only new text does.
 */

const FORMS: Record<GlyphForm, number> = { default: 0, 'full-width': 1, proportional: 2, vertical: 3 };

export interface RecordingMeasurer extends Measurer {
  faces(): Record<string, FaceMetricsPack | null>;
}

export function recordingMeasurer(inner: Measurer): RecordingMeasurer {
  const faces = new Map<string, FaceMetricsPack | null>();
  const seen = new Map<string, Set<string>>();
  const entry = (faceId: string): FaceMetricsPack | null => {
    if (!faces.has(faceId)) {
      try {
        const m = inner.face(faceId);
        faces.set(faceId, { unitsPerEm: m.unitsPerEm, ascent: m.ascent, descent: m.descent, glyphs: [], ink: [], kerning: [] });
      } catch {
        faces.set(faceId, null);
      }
      seen.set(faceId, new Set());
    }
    return faces.get(faceId)!;
  };
  const once = (faceId: string, key: string): boolean => {
    const set = seen.get(faceId)!;
    if (set.has(key)) return false;
    set.add(key);
    return true;
  };
  return {
    id: `recording:${inner.id}`,
    face(faceId) {
      entry(faceId);
      return inner.face(faceId); // throws for a face that is missing, as the real one does
    },
    glyph(faceId, codePoint, form = 'default') {
      const pack = entry(faceId);
      const g = inner.glyph(faceId, codePoint, form);
      if (pack && once(faceId, `g${codePoint}:${FORMS[form]}`)) pack.glyphs.push([codePoint, FORMS[form], g.gid, g.advance]);
      return g;
    },
    ink(faceId, gid) {
      const pack = entry(faceId);
      const ink = inner.ink(faceId, gid);
      if (pack && once(faceId, `i${gid}`)) pack.ink.push([gid, ink.xMin, ink.xMax, ink.yMin, ink.yMax]);
      return ink;
    },
    kerning(faceId, left, right) {
      const pack = entry(faceId);
      const k = inner.kerning(faceId, left, right);
      if (pack && once(faceId, `k${left}:${right}`)) pack.kerning.push([left, right, k]);
      return k;
    },
    faces: () => Object.fromEntries(faces),
  };
}

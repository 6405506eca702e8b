import type { DisplayItem, Rect } from '../model/display-list';
import type { FrameReport, PreflightIssue } from './compose-types';
import { missingGlyphs, type MissingGlyph } from './missing-glyphs';

/**
 * Checks run over the finished page (the others are found while composing: overset, photos'
 * resolution and colour, missing fonts, unknown stories and photos): frames outside the type
 * area, text under 6 pt, characters no font has a glyph for (after the fallback chain).
 */

export const MIN_TEXT_SIZE = 6;

export function pagePreflight(items: readonly DisplayItem[], frames: readonly FrameReport[], typeArea: Rect): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  const tol = 0.5;
  for (const f of frames) {
    const r = f.rect;
    if (r.x < typeArea.x - tol || r.y < typeArea.y - tol || r.x + r.width > typeArea.x + typeArea.width + tol || r.y + r.height > typeArea.y + typeArea.height + tol) {
      issues.push({ severity: 'warning', code: 'outside-type-area', frameId: f.frameId, params: {} });
    }
  }
  const small = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== 'glyphs') continue;
    const frame = item.source?.frameId ?? '';
    if (item.size < MIN_TEXT_SIZE) small.set(frame, Math.min(small.get(frame) ?? Infinity, item.size));
  }
  for (const [frameId, size] of small) {
    issues.push({ severity: 'error', code: 'text-too-small', frameId, params: { size, minimum: MIN_TEXT_SIZE } });
  }
  // One issue per frame, every character with its story and position.
  const missing = new Map<string, MissingGlyph[]>();
  for (const m of missingGlyphs(items)) {
    const frame = m.frameId ?? '';
    missing.set(frame, [...(missing.get(frame) ?? []), m]);
  }
  for (const [frameId, places] of missing) {
    issues.push({ severity: 'error', code: 'missing-glyph', frameId, params: { chars: [...new Set(places.map((p) => p.text))], places } });
  }
  return issues;
}

import { formatMissingGlyph, missingGlyphs } from '../../shared/compose/missing-glyphs';
import type { DisplayDocument } from '../../shared/model/display-list';
import { PdfExportError } from './export-errors';

/**
 * A page with a .notdef glyph (a character no bundled font has, after the typesetter's fallback
 * chain) is refused, naming each character, its story and where it is — unless the export is
 * forced (`allowMissingGlyphs`), when the boxes print.
 */
export function refuseMissingGlyphs(doc: DisplayDocument): void {
  const missing = doc.pages.flatMap((page) => missingGlyphs(page.items));
  if (missing.length === 0) return;
  const listed = missing.slice(0, 10).map(formatMissingGlyph).join('; ');
  const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
  throw new PdfExportError(
    'missing-glyph',
    `No font has a glyph for ${missing.length} character(s), which would print as empty boxes: ${listed}${more}. Replace them, or force the export.`,
  );
}

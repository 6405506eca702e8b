import type { Cmyk } from '../../shared/model/color';
import type { BoxItem, DisplayPage, RuleItem } from '../../shared/model/display-list';
import { ellipsePath } from './ellipse-path';
import { ContentBuilder } from './content-builder';
import type { FaceUsage } from './face-usage';
import { writeGlyphRun } from './glyph-run-operators';
import { writeVerticalRun } from './vertical-run-operators';
import { writeImage } from './image-placement';
import { cropMarks, MARK_WIDTH, type PageGeometry } from './page-geometry';
import { pdfNumber } from './pdf-number';
import { PdfExportError } from './export-errors';

export interface PageFont {
  name: string;
  /** Resource name of the face's vertical-mode font, when vertical runs use it. */
  verticalName?: string;
  usage: FaceUsage;
}

export interface PageImage {
  name: string;
  orientation: number;
}

export interface PageContent {
  bytes: Uint8Array;
  fonts: Set<string>;
  images: Set<string>;
}

const isPureBlack = (c: Cmyk): boolean => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 1;
const isPaper = (c: Cmyk): boolean => c.every((v) => v === 0);

function writeRule(content: ContentBuilder, rule: RuleItem, h: number): void {
  // 100% black lines overprint like black text: no white halo when plates misregister.
  content.overprint(isPureBlack(rule.color));
  content.strokeCmyk(rule.color);
  content.lineWidth(rule.width);
  content.op(`${pdfNumber(rule.x1)} ${pdfNumber(h - rule.y1)} m ${pdfNumber(rule.x2)} ${pdfNumber(h - rule.y2)} l S`);
}

function writeBox(content: ContentBuilder, box: BoxItem, h: number): void {
  const { x, y, width, height } = box.rect;
  const path = box.round ? ellipsePath(box.rect, h) : `${pdfNumber(x)} ${pdfNumber(h - y - height)} ${pdfNumber(width)} ${pdfNumber(height)} re`;
  if (box.fill) {
    // Tint boxes knock out: a section banner must not show the photo under it. Black dots
    // (着重号) overprint like the text they mark.
    content.overprint(box.round === true && isPureBlack(box.fill));
    content.fillCmyk(box.fill);
    content.op(`${path} f`);
  }
  if (box.stroke) {
    content.overprint(isPureBlack(box.stroke.color));
    content.strokeCmyk(box.stroke.color);
    content.lineWidth(box.stroke.width);
    content.op(`${path} S`);
  }
}

/**
 * One page's content stream, in display-list order (painter's order), clipped to the
 * bleed box, then the crop marks in the slug. Coordinates: the display list's y-down
 * trim-box space becomes PDF space by one translation and y -> height - y.
 */
export function writePageContent(
  page: DisplayPage,
  pageIndex: number,
  geometry: PageGeometry,
  fonts: ReadonlyMap<string, PageFont>,
  images: ReadonlyMap<string, PageImage>,
): PageContent {
  const content = new ContentBuilder();
  const usedFonts = new Set<string>();
  const usedImages = new Set<string>();
  const h = geometry.trimHeight;
  const b = geometry.bleed;

  content.save();
  content.op(`1 0 0 1 ${pdfNumber(geometry.margin)} ${pdfNumber(geometry.margin)} cm`);
  content.save();
  content.op(`${pdfNumber(-b)} ${pdfNumber(-b)} ${pdfNumber(geometry.trimWidth + 2 * b)} ${pdfNumber(h + 2 * b)} re W n`);
  page.items.forEach((item, itemIndex) => {
    const where = `page ${pageIndex + 1}, item ${itemIndex}`;
    switch (item.kind) {
      case 'glyphs': {
        const font = fonts.get(item.face);
        if (!font) throw new Error(`${where}: face ${item.face} was not embedded`);
        if (!(item.size > 0)) throw new PdfExportError('bad-geometry', `${where}: type size ${item.size} pt`);
        if (item.glyphs.length === 0) return;
        usedFonts.add(item.face);
        content.overprint(item.overprint && !isPaper(item.color));
        content.fillCmyk(item.color);
        // Synthetic bold: fill and stroke (render mode 2) in the run's colour, round joins.
        if (item.embolden) {
          content.strokeCmyk(item.color);
          content.lineWidth(item.embolden * item.size);
        }
        if (item.vertical) {
          if (!font.verticalName && item.glyphs.some((g) => g.orient === undefined)) throw new Error(`${where}: face ${item.face} has no vertical font`);
          writeVerticalRun(content, item, { horizontal: font.name, vertical: font.verticalName ?? font.name }, font.usage, h);
        } else writeGlyphRun(content, item, font.name, font.usage, h);
        return;
      }
      case 'image': {
        const image = images.get(item.assetId);
        if (!image) throw new Error(`${where}: image ${item.assetId} was not embedded`);
        if (!(item.draw.width > 0 && item.draw.height > 0)) {
          throw new PdfExportError('bad-geometry', `${where}: image "${item.assetId}" has an empty draw rectangle`);
        }
        usedImages.add(item.assetId);
        content.overprint(false);
        writeImage(content, item, image.name, image.orientation, h);
        return;
      }
      case 'rule':
        writeRule(content, item, h);
        return;
      case 'box':
        writeBox(content, item, h);
        return;
    }
  });
  content.restore();

  content.overprint(false);
  content.strokeRegistration();
  content.lineWidth(MARK_WIDTH);
  for (const m of cropMarks(geometry)) {
    content.op(`${pdfNumber(m.x1)} ${pdfNumber(m.y1)} m ${pdfNumber(m.x2)} ${pdfNumber(m.y2)} l S`);
  }
  content.restore();
  return { bytes: content.bytes(), fonts: usedFonts, images: usedImages };
}

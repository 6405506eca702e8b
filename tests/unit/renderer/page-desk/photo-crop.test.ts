import { describe, expect, it } from 'vitest';
import { composePage } from '../../../../shared/compose/compose-page';
import { areaRect, gridGeometry } from '../../../../shared/compose/grid-geometry';
import { parsePageDocument } from '../../../../shared/compose/page-file';
import { coverBox, cropShowing } from '../../../../shared/compose/photo-geometry';
import { BROADSHEET } from '../../../../shared/compose/templates';
import type { ImageItem } from '../../../../shared/model/display-list';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../../shared/model/page';
import { createFontkitMeasurer } from '../../../../main/fonts/fontkit-measurer';
import { onGrid, withOffset } from '../../../../renderer/src/page-desk/workspace/grid-snap';
import { cropTargetAt, targetImage, targetPhoto, withCrop, withoutCrop } from '../../../../renderer/src/page-desk/workspace/photo-crop';

// Cropping on the page: the photo under a double-click (a frame, or one cell of a group), its
// composed image, and the document after a drag — composed again, the image is where it was
// dragged to, and the page is still a valid page file.

const geometry = gridGeometry(BROADSHEET);
const measurer = createFontkitMeasurer();
const images = { boats: { width: 1400, height: 875, colorSpace: 'cmyk' as const }, path: { width: 1400, height: 875, colorSpace: 'cmyk' as const }, jetty: { width: 875, height: 1400, colorSpace: 'gray' as const } };
const photo = (assetId: string) => ({ assetId, fit: 'fill' as const, caption: '', credit: '' });

function page(): PageDocument {
  return {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '视觉', edition: '2024-02-20', number: 3, section: '' },
    template: BROADSHEET,
    stories: {},
    assets: { boats: { sha256: 'a'.repeat(64) }, path: { sha256: 'b'.repeat(64) }, jetty: { sha256: 'c'.repeat(64) } },
    frames: [
      { id: 'single', kind: 'photo', area: { column: 0, span: 4, line: 10, depth: 30 }, ...photo('boats'), caption: '湖边的船' },
      {
        id: 'group',
        kind: 'photo-group',
        area: { column: 4, span: 4, line: 10, depth: 30 },
        photos: [
          { area: { column: 0, span: 2, line: 0, depth: 30 }, photo: photo('path') },
          { area: { column: 2, span: 2, line: 0, depth: 30 }, photo: photo('jetty') },
        ],
        credit: '本报记者 摄',
      },
    ],
  };
}

const compose = (doc: PageDocument) => composePage(doc, { measurer, images, stories: {} }).page.items;
const imageOf = (doc: PageDocument, target: Parameters<typeof targetImage>[3]) => targetImage(compose(doc), doc, geometry, target)!;

describe('cropping a photo on the page', () => {
  it('finds the photo under the pointer: the frame, or the group cell the pointer is in', () => {
    const doc = page();
    const group = areaRect(geometry, doc.frames[1]!.area);
    expect(cropTargetAt(doc, geometry, 'single', null)).toEqual({ frameId: 'single', cell: null });
    expect(cropTargetAt(doc, geometry, 'group', { x: group.x + 10, y: group.y + 10 })).toEqual({ frameId: 'group', cell: 0 });
    expect(cropTargetAt(doc, geometry, 'group', { x: group.x + group.width - 10, y: group.y + 10 })).toEqual({ frameId: 'group', cell: 1 });
    expect(cropTargetAt(doc, geometry, 'group', null)).toBeNull();
    expect(targetPhoto(doc, { frameId: 'group', cell: 1 })?.assetId).toBe('jetty');
  });

  it('finds each target’s own composed image', () => {
    const doc = page();
    const single = imageOf(doc, { frameId: 'single', cell: null });
    const jetty = imageOf(doc, { frameId: 'group', cell: 1 });
    expect(single.assetId).toBe('boats');
    expect(jetty.assetId).toBe('jetty');
    expect(jetty.clip.x).toBeGreaterThan(single.clip.x + single.clip.width);
  });

  it('puts a dragged image where it was let go, in a frame and in a group cell, and undoes to filling the frame', () => {
    for (const target of [{ frameId: 'single', cell: null }, { frameId: 'group', cell: 1 }] as const) {
      const doc = page();
      const before: ImageItem = imageOf(doc, target);
      // Scaled up by half about the frame's top-left corner, then dragged 20 pt right and 15 pt up.
      const { clip } = before;
      const grown = { x: clip.x - (clip.x - before.draw.x) * 1.5, y: clip.y - (clip.y - before.draw.y) * 1.5, width: before.draw.width * 1.5, height: before.draw.height * 1.5 };
      const wanted = coverBox(clip, { ...grown, x: grown.x + 20, y: grown.y - 15 });
      const cropped = withCrop(doc, target, cropShowing(clip, wanted));
      expect(targetPhoto(cropped, target)?.fit).toBe('crop');
      const after = imageOf(cropped, target);
      expect(after.clip).toEqual(clip);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after.draw[key] - wanted[key])).toBeLessThan(0.01);
      expect(() => parsePageDocument(JSON.parse(JSON.stringify(cropped)))).not.toThrow();
      expect(page()).toEqual(doc); // the document given is left alone

      const reset = withoutCrop(cropped, target);
      expect(targetPhoto(reset, target)).toEqual({ ...targetPhoto(doc, target), fit: 'fill' });
      expect(imageOf(reset, target).draw).toEqual(before.draw);
    }
  });

  it('sets and clears a frame’s free offsets, to a tenth of a millimetre', () => {
    const area = { column: 1, span: 2, line: 3, depth: 4 };
    expect(withOffset(area, 'dx', 2.345)).toEqual({ ...area, dx: 2.3 });
    expect(withOffset({ ...area, dh: 5 }, 'dh', 0)).toEqual(area);
    expect(onGrid({ ...area, dx: 1, dy: -2, dw: 3, dh: 4 })).toEqual(area);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverBox, cropShowing, placePhoto, zoomDraw } from '../../../shared/compose/photo-geometry';

const frame = { x: 100, y: 200, width: 300, height: 100 };
const landscape = { width: 1600, height: 1000 };

describe('photo fit, fill and crop', () => {
  it('fill covers the frame, centred, and cuts what overflows', () => {
    const { item, ppi } = placePhoto('p', frame, landscape, { fit: 'fill' });
    expect(item.clip).toEqual(frame);
    expect(item.draw.width).toBeCloseTo(300, 9); // width decides: 300/1600 > 100/1000
    expect(item.draw.height).toBeCloseTo(187.5, 9);
    expect(item.draw.y).toBeCloseTo(200 - (187.5 - 100) / 2, 9);
    expect(ppi).toBeCloseTo(1600 / (300 / 72), 6);
  });

  it('fit shows the whole image inside the frame', () => {
    const { item } = placePhoto('p', frame, landscape, { fit: 'fit' });
    expect(item.draw.height).toBeCloseTo(100, 9);
    expect(item.draw.width).toBeCloseTo(160, 9);
    expect(item.draw.x).toBeCloseTo(100 + 70, 9);
    expect(item.clip).toEqual(item.draw);
  });

  it('crop shows the chosen part, scaled to the frame', () => {
    // The right half, top half of the image: 800 × 500 px into a 300 × 100 frame.
    const { item, ppi } = placePhoto('p', frame, landscape, { fit: 'crop', crop: { x: 0.5, y: 0, width: 0.5, height: 0.5 } });
    const scale = 300 / 800;
    expect(item.draw.width).toBeCloseTo(1600 * scale, 9);
    // The crop's left edge sits at the frame's left edge.
    expect(item.draw.x + 800 * scale).toBeCloseTo(100, 9);
    // Vertically the crop (500 px → 187.5 pt) is taller than the frame: centred on the crop, but never past the image top.
    expect(item.draw.y).toBeLessThanOrEqual(200);
    expect(item.draw.y + item.draw.height).toBeGreaterThanOrEqual(300);
    expect(ppi).toBeCloseTo(800 / (300 / 72), 6);
  });

  it('never shows past the image edge, whatever the crop', () => {
    const { item } = placePhoto('p', frame, landscape, { fit: 'crop', crop: { x: 0.9, y: 0.9, width: 0.1, height: 0.1 } });
    expect(item.draw.x + item.draw.width).toBeGreaterThanOrEqual(400 - 1e-9);
    expect(item.draw.y + item.draw.height).toBeGreaterThanOrEqual(300 - 1e-9);
  });
});

describe('cropping by moving and scaling the image in its frame', () => {
  const covers = (clip: typeof frame, draw: typeof frame) =>
    draw.x <= clip.x + 1e-9 && draw.y <= clip.y + 1e-9 && draw.x + draw.width >= clip.x + clip.width - 1e-9 && draw.y + draw.height >= clip.y + clip.height - 1e-9;

  it('gives the crop that shows exactly where the image was dragged to (placePhoto draws it there again)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (grow, fx, fy) => {
          // The image at least covering the frame, anywhere it can go without showing past its edges.
          const cover = Math.max(frame.width / landscape.width, frame.height / landscape.height) * grow;
          const width = landscape.width * cover;
          const height = landscape.height * cover;
          const draw = { x: frame.x - fx * (width - frame.width), y: frame.y - fy * (height - frame.height), width, height };
          const crop = cropShowing(frame, draw);
          const { item } = placePhoto('p', frame, landscape, { fit: 'crop', crop });
          expect(item.clip).toEqual(frame);
          for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(item.draw[key] - draw[key])).toBeLessThan(0.05);
        },
      ),
    );
  });

  it('keeps the frame covered when the image is dragged too far or made too small', () => {
    const draw = { x: 150, y: 150, width: 320, height: 200 }; // dragged right and down past the frame's corner
    const covered = coverBox(frame, draw);
    expect(covers(frame, covered)).toBe(true);
    expect(covered).toEqual({ x: frame.x, y: 150, width: 320, height: 200 }); // only as far back as needed
    const small = coverBox(frame, { x: 120, y: 210, width: 160, height: 100 });
    expect(covers(frame, small)).toBe(true);
    expect(small.width).toBeCloseTo(300, 9);
  });

  it('zooms about the pointer: the image point under it stays put, within the limits', () => {
    const draw = placePhoto('p', frame, landscape, { fit: 'fill' }).item.draw;
    const at = { x: 180, y: 240 };
    const zoomed = zoomDraw(frame, draw, 1.5, at);
    expect(zoomed.width).toBeCloseTo(draw.width * 1.5, 9);
    expect((at.x - zoomed.x) / zoomed.width).toBeCloseTo((at.x - draw.x) / draw.width, 9);
    expect((at.y - zoomed.y) / zoomed.height).toBeCloseTo((at.y - draw.y) / draw.height, 9);
    // Out: never smaller than covering the frame.
    const out = zoomDraw(frame, draw, 0.2, at);
    expect(covers(frame, out)).toBe(true);
    expect(out.width).toBeCloseTo(frame.width, 9); // as small as covering allows
    // In: no further than 2 % of the image's width or height.
    const deepCrop = cropShowing(frame, zoomDraw(frame, draw, 1000, at));
    expect(Math.min(deepCrop.width, deepCrop.height)).toBeCloseTo(0.02, 4);
  });
});

import { describe, expect, it } from 'vitest';
import { placePhoto } from '../../../shared/compose/photo-geometry';

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

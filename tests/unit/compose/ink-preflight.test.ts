import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { preflightText } from '../../../main/cli/preflight-text';
import { readImageInfo } from '../../../main/photos/image-info';
import { cmykTiff } from '../../../main/photos/cmyk-tiff';
import type { ImageInfo } from '../../../shared/compose/compose-types';
import { inkPreflight } from '../../../shared/compose/ink-preflight';
import type { GlyphRun } from '../../../shared/model/display-list';
import type { Frame } from '../../../shared/model/page';
import { at, codes, compose, pageDoc } from './compose-fixtures';

const assets = { a: { file: 'a.jpg' } };
const photo = (extra: Partial<Extract<Frame, { kind: 'photo' }>> = {}): Frame => ({ id: 'pic', kind: 'photo', area: at(0, 2, 0, 14), assetId: 'a', fit: 'fill', caption: '', credit: '', ...extra });

/** A 2400 × 1600 CMYK JPEG: the left half at `left` % total ink (C=M=Y, K 100), the right half at 100 % (K only). */
async function cmykInfo(left: number): Promise<ImageInfo> {
  const width = 2400;
  const height = 1600;
  const px = new Uint8Array(width * height * 4);
  const cmy = Math.round((((left - 100) / 3) * 255) / 100);
  for (let i = 0; i < width * height; i++) {
    const inLeft = i % width < width / 2;
    px.set(inLeft ? [cmy, cmy, cmy, 255] : [0, 0, 0, 255], i * 4);
  }
  const jpeg = await sharp(cmykTiff(px, width, height)).pipelineColourspace('cmyk').toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
  return readImageInfo(new Uint8Array(jpeg));
}

describe('preflight for ink', () => {
  let heavy: ImageInfo;
  beforeAll(async () => {
    heavy = await cmykInfo(300);
  });

  it('a CMYK photo at 300 % is an error naming its frame when nothing will convert it, and a warning when the export brings it within the limit', () => {
    const off = compose(pageDoc([photo()], {}, assets), { a: heavy }, false);
    expect(codes(off)).toEqual(['error:ink-limit']);
    expect(off.preflight[0]!.frameId).toBe('pic');
    expect(preflightText(off.preflight[0]!)).toMatch(/"a" reaches 30\d(\.\d)? % total ink where it prints, above the press's 240 %, 50\.\d % of its printed pixels above it/u);
    expect(codes(compose(pageDoc([photo()], {}, assets), { a: heavy }))).toEqual(['warning:ink-limit']);
  });

  it('measures the part of the photo that prints: cropped to its light half it passes', () => {
    const right = photo({ fit: 'crop', crop: { x: 0.55, y: 0, width: 0.45, height: 1 } });
    expect(codes(compose(pageDoc([right], {}, assets), { a: heavy }, false))).toEqual([]);
    const left = photo({ fit: 'crop', crop: { x: 0, y: 0, width: 0.45, height: 1 } });
    const result = compose(pageDoc([left], {}, assets), { a: heavy }, false);
    expect(codes(result)).toEqual(['error:ink-limit']);
    expect(preflightText(result.preflight[0]!)).toMatch(/(9\d\.\d|100\.0) % of its printed pixels/u);
  });

  it('follows the press’s limit from the page file', async () => {
    const info = await cmykInfo(230);
    expect(codes(compose(pageDoc([photo()], {}, assets), { a: info }, false))).toEqual([]);
    const doc = { ...pageDoc([photo()], {}, assets), press: { inkLimit: 220 } };
    expect(codes(compose(doc, { a: info }, false))).toEqual(['error:ink-limit']);
  });

  it('a banner colour or rule above the limit is an error naming the frame; the sample tints pass', () => {
    const frames: Frame[] = [
      { id: 'ban', kind: 'banner', area: at(0, 4, 0, 3), text: '视觉新闻', style: 'reverse', color: [0.9, 0.9, 0.8, 0.7] },
      { id: 'rul', kind: 'rule', area: at(0, 4, 4, 1), orientation: 'horizontal', weight: 1, color: [1, 1, 1, 0] },
      { id: 'ok', kind: 'banner', area: at(4, 4, 0, 3), text: '党建', style: 'tint', color: [0, 0.2, 0.4, 0] },
    ];
    const result = compose(pageDoc(frames));
    expect(result.preflight.map((i) => `${i.code}:${i.frameId}`)).toEqual(['ink-limit:ban', 'ink-limit:rul']);
    expect(preflightText(result.preflight[0]!)).toContain('C90 M90 Y80 K70 has 330 % total ink');
  });

  it('text above the limit or in rich black is an error; black and paper-white text are not', () => {
    const run = (color: GlyphRun['color'], frameId: string): GlyphRun => ({
      kind: 'glyphs',
      face: 'noto-serif-sc-400',
      size: 10,
      color,
      overprint: true,
      y: 100,
      glyphs: [{ gid: 5, x: 10, text: '党', offset: 0 }],
      source: { frameId, block: 0, line: 0, column: 0 },
    });
    const issues = inkPreflight([run([0, 0, 0, 1], 'black'), run([0, 0, 0, 0], 'white'), run([0.4, 0.3, 0.3, 1], 'rich'), run([1, 1, 1, 0], 'cmy')], [], 240);
    expect(issues.map((i) => `${i.severity}:${i.code}:${i.frameId}`)).toEqual(['error:rich-black-text:rich', 'error:ink-limit:cmy']);
  });
});

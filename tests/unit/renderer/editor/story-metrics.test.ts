import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model/story';
import { storyLength } from '../../../../shared/model/story';
import { readLengthSettings, targetOf, writeLengthSettings } from '../../../../renderer/src/editor/metrics/length-settings';
import { blockLines, measureStory, targetDelta } from '../../../../renderer/src/editor/metrics/story-metrics';

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

describe('measureStory', () => {
  it('counts characters as the store does (no whitespace, photos count nothing)', () => {
    const body: Block[] = [
      para('近年来， 沁阳市'),
      { type: 'subhead', children: [{ text: '压实责任\n延伸触角' }] },
      { type: 'photo', assetId: null, caption: '图① 说明', credit: '', children: [{ text: '' }] },
    ];
    expect(measureStory(body, 13).characters).toBe(storyLength(body));
    expect(measureStory(body, 13).characters).toBe(15);
  });

  it('estimates column lines: a two-character indent, one cell per Han character, half per Latin one', () => {
    expect(blockLines(para('一二三四五六七八九十一'), 13)).toBe(1); // 2 + 11 = 13 cells
    expect(blockLines(para('一二三四五六七八九十一二'), 13)).toBe(2); // 14 cells
    expect(blockLines(para('abcdefghijklmnopqrstuvwx'), 13)).toBe(2); // 2 + 12 cells
    expect(blockLines({ type: 'subhead', children: [{ text: '压实责任主体\n延伸新兴领域党建工作“触角”' }] }, 13)).toBe(3);
    expect(blockLines(para(''), 13)).toBe(0);
  });

  it('says how far a story is over or under its target, in characters or in lines', () => {
    const body = [para('一'.repeat(30)), para('二'.repeat(5))];
    const measure = measureStory(body, 13);
    expect(measure).toEqual({ characters: 35, lines: 4 });
    expect(targetDelta(measure, { unit: 'chars', value: 30, columnWidth: 13 })).toBe(5);
    expect(targetDelta(measure, { unit: 'lines', value: 6, columnWidth: 13 })).toBe(-2);
  });
});

describe('length settings', () => {
  it('keeps a story’s target per story and falls back to 13 characters a line', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
    expect(readLengthSettings(storage, 's1')).toEqual({ columnWidth: 13, unit: 'chars', value: null });
    writeLengthSettings(storage, 's1', { columnWidth: 11, unit: 'lines', value: 120 });
    expect(readLengthSettings(storage, 's1')).toEqual({ columnWidth: 11, unit: 'lines', value: 120 });
    expect(readLengthSettings(storage, 's2').value).toBeNull();
    expect(targetOf(readLengthSettings(storage, 's1'))).toEqual({ unit: 'lines', value: 120, columnWidth: 11 });
    data.set('banmian.length.s3', '{"columnWidth":-4,"value":"many"}');
    expect(readLengthSettings(storage, 's3')).toEqual({ columnWidth: 13, unit: 'chars', value: null });
  });
});

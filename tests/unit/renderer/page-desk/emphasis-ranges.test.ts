import { describe, expect, it } from 'vitest';
import { emphasisAfterEdit, toggleEmphasis } from '../../../../renderer/src/page-desk/workspace/emphasis-ranges';

/** 着重号 on a free text frame: the inspector marks the selection and keeps the marks on their characters as the text changes. */
describe('emphasis ranges of a text frame', () => {
  it('marks a selection, merges touching marks, and unmarks a marked selection', () => {
    expect(toggleEmphasis(undefined, 2, 5)).toEqual([[2, 5]]);
    expect(toggleEmphasis([[2, 5]], 5, 8)).toEqual([[2, 8]]);
    expect(toggleEmphasis([[2, 8]], 4, 6)).toEqual([[2, 4], [6, 8]]);
    expect(toggleEmphasis([[2, 8]], 2, 8)).toEqual([]);
    expect(toggleEmphasis([[2, 4]], 3, 3)).toEqual([[2, 4]]);
  });

  it('moves the marks with the text: typing before them shifts them, replacing marked characters drops their marks', () => {
    const before = '我们必须坚持以人民为中心';
    const marks: Array<[number, number]> = [[2, 6]]; // 必须坚持
    expect(emphasisAfterEdit(marks, before, `今天${before}`)).toEqual([[4, 8]]);
    expect(emphasisAfterEdit(marks, before, `${before}。`)).toEqual([[2, 6]]);
    expect(emphasisAfterEdit(marks, before, before.replace('坚持', '牢记'))).toEqual([[2, 4]]);
    expect(emphasisAfterEdit(marks, before, '')).toEqual([]);
  });
});

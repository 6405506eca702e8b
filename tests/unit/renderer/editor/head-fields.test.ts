import { describe, expect, it } from 'vitest';
import { bylineRow, bylinesFrom, fieldsFrom, headFrom, headlineInput, splitNames } from '../../../../renderer/src/editor/fields/head-fields';
import { emptyStoryFields, storyFieldsSchema } from '../../../../shared/model/story';

describe('head fields', () => {
  it('splits names on spaces, 、 and commas', () => {
    expect(splitNames(' 王梦梦、李四，张三  赵六 ')).toEqual(['王梦梦', '李四', '张三', '赵六']);
  });

  it('stores only bylines with names, so a half-filled row never fails the save', () => {
    const rows = [bylineRow({ role: 'reporter', names: ['杜挺勇'] }), bylineRow({ role: 'correspondent' }), bylineRow({ role: 'photographer', names: [] })];
    rows[2] = { ...rows[2]!, names: '王梦梦 李四' };
    expect(bylinesFrom(rows)).toEqual([
      { role: 'reporter', label: '本报记者', names: ['杜挺勇'] },
      { role: 'photographer', label: '本报摄影记者', names: ['王梦梦', '李四'] },
    ]);
  });

  it('keeps a manual headline break as one "\\n" (Shift+Enter or pasted), never an empty line', () => {
    expect(headlineInput('沁阳市：\n凝聚合力')).toBe('沁阳市：\n凝聚合力');
    expect(headlineInput('\r\n沁阳市：\r\n\r\n凝聚合力\r')).toBe('沁阳市：\n凝聚合力\n');
    const fields = { ...emptyStoryFields(), headline: '沁阳市：\n凝聚合力' };
    expect(fieldsFrom(headFrom(fields), fields.body).headline).toBe('沁阳市：\n凝聚合力');
  });

  it('round-trips a story’s fields through the form', () => {
    const fields = { ...emptyStoryFields(), headline: '主题', section: '要闻', bylines: [{ role: 'writer' as const, label: '作者', names: ['甲'] }] };
    const back = fieldsFrom(headFrom(fields), fields.body);
    expect(back).toEqual(fields);
    expect(storyFieldsSchema.safeParse(back).success).toBe(true);
  });
});

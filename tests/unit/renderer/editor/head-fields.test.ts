import { describe, expect, it } from 'vitest';
import { bylineRow, bylinesFrom, fieldsFrom, headFrom, splitNames } from '../../../../renderer/src/editor/fields/head-fields';
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

  it('round-trips a story’s fields through the form', () => {
    const fields = { ...emptyStoryFields(), headline: '主题', section: '要闻', bylines: [{ role: 'writer' as const, label: '作者', names: ['甲'] }] };
    const back = fieldsFrom(headFrom(fields), fields.body);
    expect(back).toEqual(fields);
    expect(storyFieldsSchema.safeParse(back).success).toBe(true);
  });
});

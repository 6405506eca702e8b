import { describe, expect, it } from 'vitest';
import { isSharedCredit, parseBylineLine, parsePhotoCredit } from '../../../main/import/bylines';

describe('byline and credit grammar', () => {
  it('reads byline lines: several roles, several names, with or without spaces', () => {
    expect(parseBylineLine('本报记者 宁江东 本报通讯员 郭佳旗')).toEqual([
      { role: 'reporter', label: '本报记者', names: ['宁江东'] },
      { role: 'correspondent', label: '本报通讯员', names: ['郭佳旗'] },
    ]);
    expect(parseBylineLine('记者 张三、李四')).toEqual([{ role: 'reporter', label: '记者', names: ['张三', '李四'] }]);
    expect(parseBylineLine('本报记者王梦梦')).toEqual([{ role: 'reporter', label: '本报记者', names: ['王梦梦'] }]);
    expect(parseBylineLine('摄影记者 阿卜杜·热合曼')).toEqual([
      { role: 'photographer', label: '摄影记者', names: ['阿卜杜·热合曼'] },
    ]);
    expect(parseBylineLine('本报实习生 赵六')).toEqual([{ role: 'writer', label: '本报实习生', names: ['赵六'] }]);
  });

  it('leaves sentences, column names and credits alone', () => {
    for (const line of ['记者手记', '记者 手记', '记者节特别报道', '记者在现场看到', '通讯员 李四 供图', '图书馆', '文章']) {
      expect(parseBylineLine(line), line).toBeNull();
    }
  });

  it('reads per-photo credits and refuses look-alikes', () => {
    for (const credit of ['本报记者 杨珂 摄', '张三 摄', '通讯员 李四 供图', '摄影：张三', '图/李四', '本报记者王梦梦摄']) {
      expect(parsePhotoCredit(credit), credit).toBe(credit);
    }
    for (const line of ['图片新闻', '朱光丽上网查找资料。', '本报记者 杨珂', '拍摄']) expect(parsePhotoCredit(line), line).toBeNull();
  });

  it('knows a shared credit line by its brackets and its words', () => {
    expect(isSharedCredit('（本栏照片均由本报记者王梦梦摄）')).toBe(true);
    expect(isSharedCredit('（资料图片）')).toBe(true);
    expect(isSharedCredit('（街道）')).toBe(false);
    expect(isSharedCredit('本栏照片均由本报记者王梦梦摄')).toBe(false);
  });
});

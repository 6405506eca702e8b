import { describe, expect, it } from 'vitest';
import { formatBylines, formatUpdated } from '../../../../renderer/src/ui/format-story';

describe('formatBylines', () => {
  it('prints each role with its names as the page does', () => {
    expect(
      formatBylines([
        { role: 'reporter', label: '本报记者', names: ['杜挺勇'] },
        { role: 'correspondent', label: '本报通讯员', names: ['薛慧科', '王梦梦'] },
      ]),
    ).toBe('本报记者 杜挺勇 / 本报通讯员 薛慧科 王梦梦');
  });

  it('is empty for a story without bylines', () => {
    expect(formatBylines([])).toBe('');
  });
});

describe('formatUpdated', () => {
  const now = new Date(2024, 1, 20, 18, 0);

  it('shows only the time for a change made today', () => {
    expect(formatUpdated(new Date(2024, 1, 20, 9, 5).toISOString(), 'zh-CN', now)).toBe('09:05');
  });

  it('shows the day for an earlier change this year, and the year before that', () => {
    const earlier = formatUpdated(new Date(2024, 0, 3, 9, 5).toISOString(), 'zh-CN', now);
    expect(earlier).toContain('1月3日');
    expect(earlier).toContain('09:05');
    expect(formatUpdated(new Date(2023, 11, 30).toISOString(), 'en', now)).toMatch(/Dec 30, 2023/);
  });

  it('shows an unreadable timestamp as it came', () => {
    expect(formatUpdated('yesterday', 'en', now)).toBe('yesterday');
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/app/use-route';

describe('page desk routes', () => {
  it('reads the page list and one page from the URL hash, so a reload returns there', () => {
    expect(parseRoute('#/pages')).toEqual({ view: 'pages' });
    expect(parseRoute('#/page/abc-123')).toEqual({ view: 'page', id: 'abc-123' });
    expect(parseRoute('#/page/%E0%A4')).toEqual({ view: 'pages' });
    for (const route of [{ view: 'pages' }, { view: 'page', id: 'a/b c' }] as const) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

describe('preflight messages on the desk', () => {
  it('name a story by its headline rather than its id, in the window’s language', async () => {
    const { issueText } = await import('../../../../renderer/src/page-desk/workspace/issue-text');
    const { catalogue } = await import('../../../../renderer/src/i18n/locale');
    const issue = { severity: 'error', code: 'overset', frameId: 'f1', params: { frame: 'story', storyId: '83b3ab96', lines: 9, characters: 108 } } as const;
    const headline = (id: string) => (id === '83b3ab96' ? '朱光丽：用爱缔造生命奇迹' : undefined);
    expect(issueText(catalogue.en.pageDesk.preflight, issue, headline)).toBe(
      '「朱光丽：用爱缔造生命奇迹」: 9 grid line(s) overset (108 characters do not fit); make its frames deeper or cut the story',
    );
    // Never the id: a story the desk cannot name is an untitled story.
    expect(issueText(catalogue.en.pageDesk.preflight, issue, () => undefined)).toMatch(/^an untitled story: 9 grid line/u);
    expect(issueText(catalogue['zh-CN'].pageDesk.preflight, issue, headline)).toBe('「朱光丽：用爱缔造生命奇迹」：溢出 9 行（108 字排不下）；请加深稿件框或删减稿件');
  });
});

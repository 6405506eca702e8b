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
  it('name a story by its headline rather than its id', async () => {
    const { readableIssue } = await import('../../../../renderer/src/page-desk/workspace/issue-text');
    const message = 'story "83b3ab96": 9 grid line(s) overset (108 characters do not fit)';
    expect(readableIssue(message, (id) => (id === '83b3ab96' ? '朱光丽：用爱缔造生命奇迹' : undefined))).toBe('「朱光丽：用爱缔造生命奇迹」: 9 grid line(s) overset (108 characters do not fit)');
    expect(readableIssue(message, () => undefined)).toBe(message);
  });
});

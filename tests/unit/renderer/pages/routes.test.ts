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

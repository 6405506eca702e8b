import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/app/use-route';

describe('routes', () => {
  it('reads the library, the trash and a story from the URL hash, so a reload returns there', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/trash')).toEqual({ view: 'trash' });
    expect(parseRoute('#/story/abc-123')).toEqual({ view: 'story', id: 'abc-123' });
    expect(parseRoute('#/story/%E0%A4')).toEqual({ view: 'library' });
    expect(parseRoute('#/unknown')).toEqual({ view: 'library' });
    expect(parseRoute('#/newsroom')).toEqual({ view: 'newsroom' });
  });

  it('writes the hash it reads', () => {
    for (const route of [{ view: 'library' }, { view: 'trash' }, { view: 'story', id: 'a/b c' }, { view: 'newsroom' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});

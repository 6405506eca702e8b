import { useCallback, useEffect, useState } from 'react';

/** Where the window is: the library, the trash, one story in the editor, the page list, one page, Settings → 编辑部, or 我的任务. */
export type Route =
  | { view: 'library' }
  | { view: 'trash' }
  | { view: 'story'; id: string }
  | { view: 'pages' }
  | { view: 'page'; id: string }
  | { view: 'newsroom' }
  | { view: 'tasks' };

/** The route as the URL hash holds it, so a reload comes back to the same place. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'trash') return { view: 'trash' };
  if (path === 'pages') return { view: 'pages' };
  if (path === 'newsroom') return { view: 'newsroom' };
  if (path === 'tasks') return { view: 'tasks' };
  const page = /^page\/([^/?#]+)$/.exec(path);
  if (page?.[1]) {
    try {
      return { view: 'page', id: decodeURIComponent(page[1]) };
    } catch {
      return { view: 'pages' };
    }
  }
  const story = /^story\/([^/?#]+)$/.exec(path);
  if (story?.[1]) {
    try {
      return { view: 'story', id: decodeURIComponent(story[1]) };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'story':
      return `#/story/${encodeURIComponent(route.id)}`;
    case 'pages':
      return '#/pages';
    case 'page':
      return `#/page/${encodeURIComponent(route.id)}`;
    case 'newsroom':
      return '#/newsroom';
    case 'tasks':
      return '#/tasks';
  }
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}

import { useEffect, useState, type MutableRefObject } from 'react';
import type { PageView } from '../../../../shared/ipc/page-contract';
import type { BanmianClient } from '../../ipc/bridge';
import { PageComposer } from './page-composer';
import { PageSaveSession } from './page-save';
import { WorkspaceStore } from './workspace-store';

/** Diagnostics: `localStorage['banmian.composeInWindow'] = 'off'` has the main process compose every change. */
function composeInWindowSetting(): boolean {
  try {
    return window.localStorage.getItem('banmian.composeInWindow') !== 'off';
  } catch {
    return true;
  }
}

/**
 * The page on screen: its document and undo (WorkspaceStore), its live composition
 * (PageComposer) and its autosave (PageSaveSession), made once for the page and wired so that
 * every document shown is composed at once and saved a moment later, and a story on the page
 * saved anywhere reflows it.
 */
export function usePageSession(client: BanmianClient, page: PageView, editorStory: MutableRefObject<string | null>) {
  // Made once for the page on screen (the screen remounts the workspace for another page).
  const [store] = useState(() => new WorkspaceStore(page.document));
  const [composer] = useState(() => new PageComposer(client, { composeInWindow: composeInWindowSetting() }));
  const [saver] = useState(() => new PageSaveSession(client, page.id, page));

  useEffect(() => {
    composer.request(store.doc, store.getSnapshot().revision);
    const off = store.onDocument((next, info) => {
      composer.request(next, info.revision);
      saver.changed(next, info.gesture);
    });
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      // Leaving saves what is not saved yet. Nothing is disposed here: React may run this effect
      // again on the same objects (StrictMode), and their listeners go with the subscriptions.
      off();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      void saver.flush();
    };
  }, [composer, saver, store]);

  // A story on the page saved anywhere (the editor beside the page, another window) reflows here.
  useEffect(
    () =>
      client.on('stories.changed', ({ ids }) => {
        const onPage = new Set(store.doc.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])));
        if (!ids.some((id) => onPage.has(id))) return;
        for (const id of ids) if (id !== editorStory.current) composer.clearDraft(id);
        composer.refresh();
      }),
    [client, composer, store, editorStory],
  );

  // The page itself changed on another desk (the newsroom): shown and recomposed, unless unsaved work is here.
  useEffect(
    () =>
      client.on('pages.changed', ({ ids }) => {
        if (!ids.includes(page.id)) return;
        void saver.remoteChanged().then((next) => {
          if (next) store.replaceDocument(next.document);
        });
      }),
    [client, saver, store, page.id],
  );

  return { store, composer, saver };
}

import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { StoryEditorScreen } from '../editor/story-editor-screen';
import { useClient } from '../ipc/client-context';
import { LibraryView } from '../library/library-view';
import { PageListView } from '../page-desk/list/page-list-view';
import { PageWorkspaceScreen } from '../page-desk/workspace/page-workspace-screen';
import type { StoryEditorSlot } from '../page-desk/workspace/story-editor-slot';
import { useRoute } from './use-route';

/** The window's content: the story library (or its trash), or one story in the editor. */
export function App() {
  const client = useClient();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [route, navigate] = useRoute();

  useEffect(() => {
    let live = true;
    client.call('app.info', {}).then(
      (info) => live && setAppInfo(info),
      (error: unknown) => console.error('banmian: app.info failed', error),
    );
    return () => {
      live = false;
    };
  }, [client]);

  const openStory = useCallback((id: string) => navigate({ view: 'story', id }), [navigate]);

  // Menu → New story while a story is open (the library handles it when it is on screen);
  // leaving the editor saves the open story first.
  const inEditor = route.view === 'story';
  useEffect(() => {
    if (!inEditor) return;
    return client.on('menu.action', ({ action }) => {
      if (action !== 'new-story') return;
      client.call('stories.create', {}).then(
        (story) => openStory(story.id),
        (error: unknown) => console.error('banmian: stories.create failed', error),
      );
    });
  }, [client, inEditor, openStory]);
  // The page desk shows a story beside the page through this slot (features do not import each other).
  const storyBeside = useCallback<StoryEditorSlot>(
    ({ id, onClose, onDraft }) => <StoryEditorScreen id={id} appInfo={appInfo} onClose={onClose} onDraft={onDraft} />,
    [appInfo],
  );
  const showView = useCallback((view: 'library' | 'trash') => navigate({ view }), [navigate]);
  const closeStory = useCallback(() => navigate({ view: 'library' }), [navigate]);

  if (route.view === 'story') return <StoryEditorScreen key={route.id} id={route.id} appInfo={appInfo} onClose={closeStory} />;
  if (route.view === 'pages') return <PageListView appInfo={appInfo} onOpen={(id) => navigate({ view: 'page', id })} />;
  if (route.view === 'page') return <PageWorkspaceScreen key={route.id} id={route.id} appInfo={appInfo} onClose={() => navigate({ view: 'pages' })} storyEditor={storyBeside} />;
  return <LibraryView appInfo={appInfo} view={route.view} onView={showView} onOpen={openStory} />;
}

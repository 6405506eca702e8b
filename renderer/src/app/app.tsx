import { Suspense, useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { useClient } from '../ipc/client-context';
import { LibraryView } from '../library/library-view';
import type { StoryEditorSlot } from '../page-desk/workspace/story-editor-slot';
import { NewsroomLight } from '../newsroom/newsroom-light';
import { AssignBox } from '../newsroom/assign-box';
import { NewsroomConflictPanel, NewsroomSettingsView, PageListView, PageWorkspaceScreen, StoryEditorScreen, TasksView } from './lazy-screens';
import { StoreDamageBanner } from './store-damage-banner';
import { useRoute } from './use-route';

/** The window: a damaged-database banner when there is one, over the content. */
export function App() {
  return (
    <>
      <StoreDamageBanner />
      {/* Another screen's code is fetched on first opening it (lazy-screens.ts): a blank moment, from disk. */}
      <Suspense fallback={null}>
        <AppContent />
      </Suspense>
    </>
  );
}

/** The window's content: the story library (or its trash), or one story in the editor. */
function AppContent() {
  const client = useClient();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [route, navigate] = useRoute();
  // Bumped when a newsroom conflict is decided, so the open story reloads what was chosen.
  const [storyLoad, setStoryLoad] = useState(0);

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

  const light = route.view === 'newsroom' ? null : <NewsroomLight onOpen={() => navigate({ view: 'newsroom' })} />;
  if (route.view === 'newsroom') return <NewsroomSettingsView onClose={() => navigate({ view: 'library' })} />;
  if (route.view === 'tasks') {
    return (
      <>
        <TasksView onOpen={(task) => navigate(task.kind === 'story' ? { view: 'story', id: task.itemId } : { view: 'page', id: task.itemId })} onClose={() => navigate({ view: 'library' })} />
        {light}
      </>
    );
  }
  if (route.view === 'story') {
    return (
      <>
        <StoryEditorScreen key={`${route.id}:${storyLoad}`} id={route.id} appInfo={appInfo} onClose={closeStory} />
        <NewsroomConflictPanel storyId={route.id} onResolved={() => setStoryLoad((n) => n + 1)} />
        {light}
      </>
    );
  }
  const screen =
    route.view === 'pages' ? (
      <PageListView appInfo={appInfo} onOpen={(id) => navigate({ view: 'page', id })} />
    ) : route.view === 'page' ? (
      <PageWorkspaceScreen key={route.id} id={route.id} appInfo={appInfo} onClose={() => navigate({ view: 'pages' })} storyEditor={storyBeside} />
    ) : (
      <LibraryView appInfo={appInfo} view={route.view} onView={showView} onOpen={openStory} />
    );
  return (
    <>
      {screen}
      {route.view === 'page' && (
        <div className="assign-dock">
          <AssignBox kind="page" itemId={route.id} />
        </div>
      )}
      {light}
    </>
  );
}

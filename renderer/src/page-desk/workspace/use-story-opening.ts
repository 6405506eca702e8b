import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import type { StoryFields } from '../../../../shared/model/story';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';
import type { PageComposer } from './page-composer';
import type { WorkspaceStore } from './workspace-store';

/**
 * The story open in the right panel's editor: opened from a frame (double-click), the story list
 * or the inspector. A story written on the page itself has no editor and says so. What is typed
 * there reflows the page as a draft.
 */
export function useStoryOpening({
  store,
  composer,
  editorStoryRef,
  t,
  onNotice,
}: {
  store: WorkspaceStore;
  composer: PageComposer;
  /** Read by the page session: a save of the open story elsewhere does not drop its draft. */
  editorStoryRef: MutableRefObject<string | null>;
  t: PageDeskMessages;
  onNotice: (text: string) => void;
}) {
  const [editorStory, setEditorStory] = useState<string | null>(null);
  editorStoryRef.current = editorStory;

  const openStory = (storyId: string) => {
    if (storyId in store.doc.stories) {
      onNotice(t.notices.inlineStory);
      return;
    }
    setEditorStory(storyId);
  };
  const openFrame = (id: string) => {
    const frame = store.doc.frames.find((f) => f.id === id);
    if (frame?.kind === 'story') openStory(frame.storyId);
  };
  // Stable for the memoised story panel.
  const latestOpenStory = useRef(openStory);
  latestOpenStory.current = openStory;
  const onOpenStory = useCallback((id: string) => latestOpenStory.current(id), []);
  const onDraft = useCallback(
    (fields: StoryFields) => {
      if (editorStoryRef.current) composer.setDraft(editorStoryRef.current, fields);
    },
    [composer, editorStoryRef],
  );
  const closeStory = useCallback(() => setEditorStory(null), []);
  return { editorStory, openStory, openFrame, onOpenStory, onDraft, closeStory };
}

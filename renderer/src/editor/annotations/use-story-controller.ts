import { useRef, useState, type MutableRefObject } from 'react';
import { ReactEditor } from 'slate-react';
import type { Story } from '../../../../shared/ipc/contract-types';
import type { BanmianClient } from '../../ipc/bridge';
import { useI18n } from '../../i18n/i18n-context';
import { readUserName } from '../../ui/user-name';
import type { StorySession } from '../saving/story-session';
import type { StoryEditor } from '../slate-types';
import { AnnotationController } from './annotation-controller';
import { controllerMessage } from './controller-message';
import { markLook } from './mark-look';

/**
 * The story's proof marks, made once for the story on screen. It reads the proof round and the
 * session (made after it) through refs, and words its messages in the language shown now.
 */
export function useStoryController(
  editor: StoryEditor,
  client: BanmianClient,
  story: Story,
  live: { round: MutableRefObject<number>; session: MutableRefObject<StorySession | null> },
  notify: (text: string) => void,
): AnnotationController {
  const { t } = useI18n();
  const tRef = useRef(t);
  tRef.current = t;
  const [controller] = useState(
    () =>
      new AnnotationController(editor, client, {
        storyId: story.id,
        user: () => readUserName(),
        round: () => live.round.current,
        version: () => live.session.current?.getSnapshot().version ?? story.version,
        isComposing: () => ReactEditor.isComposing(editor),
        flushStory: async () => {
          const current = live.session.current;
          if (!current) return false;
          // Slate reports the change (and the session hears of it) in a microtask after the transforms.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await current.flush();
          return current.getSnapshot().state === 'saved' && !current.dirty;
        },
        notify: (message) => notify(controllerMessage(tRef.current.proof, message)),
        look: {
          color: (mark) => markLook(tRef.current.proof).color(mark),
          title: (mark) => markLook(tRef.current.proof).title(mark),
          widget: (mark) => markLook(tRef.current.proof).widget(mark),
        },
      }),
  );
  return controller;
}

import { useCallback, useEffect } from 'react';
import type { BanmianClient } from '../../ipc/bridge';
import { useI18n } from '../../i18n/i18n-context';
import type { AnnotationController } from '../annotations/annotation-controller';
import type { StorySession } from './story-session';

interface SaveAndLeave {
  client: BanmianClient;
  session: StorySession;
  controller: AnnotationController;
  storyId: string;
  /** The version another window's save was kept as, when the user kept theirs over it. */
  keptAsVersion: number | null;
  notify: (text: string) => void;
  onClose: () => void;
}

/**
 * When the story editor saves besides typing, and what leaving does: other windows' saves
 * reach the session; hiding or closing the window saves; unmounting saves the marks and the
 * story and lets go of both. `close` is the back button: it leaves only when nothing is lost.
 */
export function useSaveAndLeave({ client, session, controller, storyId, keptAsVersion, notify, onClose }: SaveAndLeave) {
  const { t } = useI18n();
  const flush = useCallback(() => void session.flush(), [session]);

  // Other windows' saves, deletes and restores of this story.
  useEffect(
    () =>
      client.on('stories.changed', ({ ids }) => {
        if (ids.includes(storyId)) void session.remoteChanged();
      }),
    [client, session, storyId],
  );

  // Leaving: the window hides or closes, or this view goes away.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHide);
      void controller.flushPatches().finally(() => controller.dispose());
      void session.leave().finally(() => session.dispose());
    };
  }, [flush, session, controller]);

  useEffect(() => {
    if (keptAsVersion !== null) notify(t.editor.conflict.keptAs(keptAsVersion));
  }, [keptAsVersion, notify, t]);

  const close = async () => {
    await session.flush();
    const state = session.getSnapshot().state;
    if (state === 'conflict' || (state === 'deleted' && session.dirty)) {
      notify(t.editor.save.resolveFirst);
      return;
    }
    onClose();
  };

  return { flush, close };
}

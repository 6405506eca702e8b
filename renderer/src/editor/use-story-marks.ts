import { useEffect, useState } from 'react';
import type { StatusChange } from '../../../shared/model/annotation';
import type { StoryStatus } from '../../../shared/model/story';
import type { BanmianClient } from '../ipc/bridge';
import type { AnnotationController } from './annotations/annotation-controller';

/**
 * The story's marks (loaded, and again when another window changes them), its status history
 * (again after every status change; it gives the proof round), and the proofreading panel shown
 * when the story opens with open marks.
 */
export function useStoryMarks(client: BanmianClient, controller: AnnotationController, storyId: string, status: StoryStatus, openPanel: () => void) {
  const [history, setHistory] = useState<StatusChange[]>([]);

  useEffect(() => {
    void controller.load();
    return client.on('annotations.changed', ({ storyId: changed }) => {
      if (changed === storyId) void controller.load();
    });
  }, [client, controller, storyId]);

  useEffect(() => {
    const unsubscribe = controller.subscribe(() => {
      const marks = controller.getSnapshot();
      if (!marks.loaded) return;
      unsubscribe();
      if (marks.marks.some((mark) => mark.status === 'open')) openPanel();
    });
    return unsubscribe;
  }, [controller, openPanel]);

  useEffect(() => {
    let live = true;
    client.call('stories.statusHistory', { id: storyId }).then(
      (changes) => live && setHistory(changes),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, storyId, status]);

  return { history, setHistory };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';

/** The message at the bottom of the window after an action; a delete offers Undo. */
export type Toast =
  | { kind: 'info'; key: number; text: string }
  | { kind: 'deleted'; key: number; text: string; storyId: string; headline: string }
  | { kind: 'error'; key: number; text: string };

type ToastInput = Toast extends infer T ? (T extends Toast ? Omit<T, 'key'> : never) : never;

/** How long a toast stays up; a deleted story's Undo stays reachable in the trash after. */
const TOAST_MS = 10_000;

/**
 * Create, duplicate, delete (with Undo) and restore, each one `stories.*` call; the
 * library list refreshes itself on `stories.changed`.
 */
export function useStoryActions(client: BanmianClient) {
  const { t } = useI18n();
  const [toast, setToast] = useState<Toast | null>(null);
  const counter = useRef(0);

  const show = useCallback((next: ToastInput) => {
    counter.current += 1;
    setToast({ ...next, key: counter.current });
  }, []);

  useEffect(() => {
    if (!toast || toast.kind === 'error') return;
    const timer = setTimeout(() => setToast((current) => (current?.key === toast.key ? null : current)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const label = useCallback((story: Pick<Story, 'headline'>) => story.headline || t.noHeadline, [t]);

  const fail = useCallback((error: unknown) => show({ kind: 'error', text: t.actions.failed(errorMessage(error)) }), [show, t]);

  const create = useCallback(async (): Promise<Story | null> => {
    try {
      return await client.call('stories.create', {});
    } catch (error) {
      fail(error);
      return null;
    }
  }, [client, fail]);

  const duplicate = useCallback(
    async (id: string): Promise<Story | null> => {
      try {
        const copy = await client.call('stories.duplicate', { id });
        show({ kind: 'info', text: t.actions.duplicated(label(copy)) });
        return copy;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [client, fail, label, show, t],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        const story = await client.call('stories.delete', { id });
        show({ kind: 'deleted', text: t.actions.deleted(label(story)), storyId: id, headline: label(story) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [client, fail, label, show, t],
  );

  const restore = useCallback(
    async (id: string, message: (headline: string) => string = t.trash.restored): Promise<boolean> => {
      try {
        const story = await client.call('stories.restore', { id });
        show({ kind: 'info', text: message(label(story)) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [client, fail, label, show, t],
  );

  const undoDelete = useCallback((id: string) => restore(id, t.actions.undone), [restore, t]);
  const dismiss = useCallback(() => setToast(null), []);

  return { toast, create, duplicate, remove, restore, undoDelete, dismiss };
}

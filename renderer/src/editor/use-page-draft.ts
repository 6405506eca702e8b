import { useEffect, useRef } from 'react';
import type { StoryFields } from '../../../shared/model/story';
import type { ChangeSignal } from './change-signal';
import type { HeadFields } from './fields/head-fields';

/** Beside a page, every edit of the body (the change signal) or the head goes to the page as it is typed. */
export function usePageDraft(onDraft: ((fields: StoryFields) => void) | undefined, signal: ChangeSignal, head: HeadFields, read: () => StoryFields): void {
  useEffect(() => {
    if (!onDraft) return;
    return signal.subscribe(() => onDraft(read()));
  }, [onDraft, signal, read]);
  const draftHead = useRef(head);
  useEffect(() => {
    if (onDraft && draftHead.current !== head) onDraft(read());
    draftHead.current = head;
  }, [onDraft, head, read]);
}

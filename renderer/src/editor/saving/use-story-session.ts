import { useRef, useState, type MutableRefObject } from 'react';
import type { Descendant } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Story } from '../../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../../shared/model/story';
import type { BanmianClient } from '../../ipc/bridge';
import type { AnchorSnapshot, AnnotationController } from '../annotations/annotation-controller';
import { replaceBody } from '../body/replace-body';
import type { ChangeSignal } from '../change-signal';
import type { StoryEditor } from '../slate-types';
import { StorySession } from './story-session';

/**
 * The story's session (made once for the story on screen): it reads the fields with the marks'
 * anchors of the same moment, sends those anchors once that save landed, and puts another
 * window's save into the editor.
 */
export function useStorySession({
  client,
  story,
  editor,
  controller,
  readCurrent,
  applyHead,
  appliedChildren,
  signal,
}: {
  client: BanmianClient;
  story: Story;
  editor: StoryEditor;
  controller: AnnotationController;
  readCurrent: () => StoryFields;
  /** Shows the head fields of a save from elsewhere. */
  applyHead: (stored: Story) => void;
  /** The children put in by apply(): their onChange is not the user's edit. */
  appliedChildren: MutableRefObject<Descendant[] | null>;
  signal: ChangeSignal;
}): StorySession {
  // The marks' anchors read together with the fields of each save, sent once that save landed.
  const anchorsOfSave = useRef(new WeakMap<StoryFields, AnchorSnapshot>());
  const [session] = useState(
    () =>
      new StorySession(client, story, {
        read: () => {
          const fields = readCurrent();
          anchorsOfSave.current.set(fields, controller.anchorSnapshot());
          return fields;
        },
        saved: (saved, fields) => {
          const anchors = anchorsOfSave.current.get(fields);
          if (anchors) void controller.saveAnchors(anchors, saved.version);
        },
        apply: (stored, options) => {
          applyHead(stored);
          // Another window's save is not typing: it goes in even in proofing; the marks are found again in it.
          // Loaded from the banner it is one undo step; otherwise the history starts afresh.
          editor.withDirectEdits(() => replaceBody(editor, stored.body, { undoable: options?.undoable ?? false }));
          controller.relocateAll();
          appliedChildren.current = editor.children;
          signal.bump();
        },
        isComposing: () => ReactEditor.isComposing(editor),
      }),
  );
  return session;
}

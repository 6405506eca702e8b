import { useState } from 'react';
import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Story } from '../../../../shared/ipc/contract-types';
import type { Block } from '../../../../shared/model/story';
import { headFrom, type HeadFields } from '../fields/head-fields';
import type { StorySession } from '../saving/story-session';
import type { StoryEditor } from '../slate-types';
import type { HeadKey } from './conflict-alignment';

/** Settling a save conflict: keep one version whole, or copy blocks and head fields from theirs into mine. */
export function useConflictChoices(editor: StoryEditor, session: StorySession, updateHead: (patch: Partial<HeadFields>) => void) {
  const [busy, setBusy] = useState(false);

  const choose = async (choice: 'mine' | 'theirs') => {
    setBusy(true);
    try {
      await (choice === 'mine' ? session.keepMine() : session.keepTheirs());
    } finally {
      setBusy(false);
    }
  };

  const copyBlock = (block: Block, at: number) => {
    if (ReactEditor.isComposing(editor)) return;
    const index = Math.min(at, editor.children.length);
    // Settling a conflict is not typing: allowed in proofing too.
    editor.withDirectEdits(() => Transforms.insertNodes(editor, structuredClone(block), { at: [index], select: false }));
  };

  const takeTheirHead = (key: HeadKey, theirs: Story) => {
    const from = headFrom(theirs);
    updateHead({ [key]: from[key] } as Partial<HeadFields>);
  };

  return { busy, choose, copyBlock, takeTheirHead };
}

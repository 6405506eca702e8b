import type { ReactNode } from 'react';
import type { StoryFields } from '../../../../shared/model/story';

/**
 * The story editor shown beside the page. The app shell supplies it, so the page desk does not
 * import the editor feature (features import only the shelf, i18n, the IPC client and shared).
 */
export type StoryEditorSlot = (story: { id: string; onClose: () => void; onDraft: (fields: StoryFields) => void }) => ReactNode;

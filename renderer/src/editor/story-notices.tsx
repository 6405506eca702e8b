import type { Story } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { CheckOutBanner } from '../newsroom/check-out-banner';
import type { CheckOutKeeper, CheckOutSnapshot } from '../newsroom/check-out-keeper';
import { UncheckedBanner } from '../newsroom/unchecked-edit';
import { ConflictBanner } from './conflict/conflict-view';
import { NewerVersionBanner } from './newer-version-banner';

/** A message under the toolbar, with an optional action (e.g. undoing a restore). */
export interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

interface Props {
  storyId: string;
  notice: Notice | null;
  onDismiss: () => void;
  /** The story went to the trash in another window. */
  deleted: boolean;
  onRestore: () => void;
  /** In a conflict: the version another window saved. */
  theirs: Story | null;
  busy: boolean;
  onChoose: (choice: 'mine' | 'theirs') => void;
  /** 签出: who holds the story (read-only here), this desk's lost or offline check-out. */
  checkOut: { keeper: CheckOutKeeper | null; view: CheckOutSnapshot };
  /** A newer version saved elsewhere, offered (not yet loaded). */
  newer: Story | null;
  onLoadNewer: () => void;
  onCompareNewer: () => void;
}

/** The notices under the editor's toolbar: a passing message, the story deleted elsewhere, a save conflict. */
export function StoryNotices({ storyId, notice, onDismiss, deleted, onRestore, theirs, busy, onChoose, checkOut, newer, onLoadNewer, onCompareNewer }: Props) {
  const { t } = useI18n();
  return (
    <>
      {notice && (
        <div className="notice notice-info editor-notice" role="status" data-testid="editor-notice">
          <span className="notice-text">{notice.text}</span>
          {notice.action && (
            <button type="button" className="secondary-button" data-testid="notice-action" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t.actions.dismiss}
          </button>
        </div>
      )}
      <CheckOutBanner keeper={checkOut.keeper} view={checkOut.view} />
      <UncheckedBanner kind="story" id={storyId} canReview={checkOut.view.state === 'mine'} />
      {newer && <NewerVersionBanner newer={newer} onLoad={onLoadNewer} onCompare={onCompareNewer} />}
      {deleted && (
        <div className="notice notice-warning editor-notice" role="alert" data-testid="deleted-banner">
          <span className="notice-text">{t.editor.deleted.message}</span>
          <button type="button" className="secondary-button" onClick={onRestore}>
            {t.editor.deleted.restore}
          </button>
        </div>
      )}
      {theirs && <ConflictBanner theirs={theirs} busy={busy} onKeepMine={() => onChoose('mine')} onKeepTheirs={() => onChoose('theirs')} />}
    </>
  );
}

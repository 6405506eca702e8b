import type { StoryStatus } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';

/** Toolbar: mark the selection, and send the story to proofing. */
export function ProofTools({ status, composerOpen, onMark, onStatus }: { status: StoryStatus; composerOpen: boolean; onMark: () => void; onStatus: (status: StoryStatus) => void }) {
  const { t } = useI18n();
  const p = t.proof;
  return (
    <div className="toolbar-group">
      <button
        type="button"
        className={`tool-button text${composerOpen ? ' is-on' : ''}`}
        aria-pressed={composerOpen}
        title={p.toolbar.markHint}
        data-testid="tool-mark"
        // Keep the body's selection: it is what gets marked.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onMark}
      >
        {p.toolbar.mark}
      </button>
      {(status === 'draft' || status === 'editing') && (
        <button type="button" className="tool-button text" title={p.workflow.sendHint} data-testid="tool-send-proofing" onClick={() => onStatus('proofing')}>
          {p.workflow.sendToProofing}
        </button>
      )}
    </div>
  );
}

/** While the story is in proofing: what typing does now, and the way out (back to editing, or approved). */
export function ProofingBanner({ round, onStatus }: { round: number; onStatus: (status: StoryStatus) => void }) {
  const { t } = useI18n();
  const w = t.proof.workflow;
  return (
    <div className="notice proofing-banner" role="status" data-testid="proofing-banner">
      <span className="notice-text">{w.proofing(t.proof.round(round))}</span>
      <button type="button" className="secondary-button" title={w.takeBackHint} data-testid="take-back" onClick={() => onStatus('editing')}>
        {w.takeBack}
      </button>
      <button type="button" className="secondary-button" title={w.approveHint} data-testid="approve" onClick={() => onStatus('approved')}>
        {w.approve}
      </button>
    </div>
  );
}

/** Toolbar: show or hide the proofreading panel (the marks and the status history). */
export function MarksToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={`tool-button text${open ? ' is-on' : ''}`}
      aria-pressed={open}
      title={t.proof.toolbar.marksHint}
      data-testid="tool-proof"
      onClick={onToggle}
    >
      {t.proof.toolbar.marks}
    </button>
  );
}

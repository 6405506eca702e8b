import { useI18n } from '../../i18n/i18n-context';
import type { PageSaveSnapshot } from './page-save';
import type { ProofExportState } from './use-desk-exports';

interface Props {
  save: PageSaveSnapshot;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onRetrySave: () => void;
  notice: string | null;
  onDismissNotice: () => void;
  proofExport: ProofExportState | null;
  onDismissProofExport: () => void;
  composeError: string | null;
}

/** The notices under the top bar: a save conflict or failure, a passing notice, the proof PDF's outcome, a failed composition. */
export function DeskNotices({ save, onKeepMine, onTakeTheirs, onRetrySave, notice, onDismissNotice, proofExport, onDismissProofExport, composeError }: Props) {
  const t = useI18n().t.pageDesk;
  return (
    <>
      {save.state === 'conflict' && save.theirs && (
        <div className="notice notice-warning desk-notice" role="alert" data-testid="page-conflict">
          <span className="notice-text">{t.save.conflict(save.theirs.version)}</span>
          <button type="button" className="secondary-button" data-testid="conflict-keep-mine" onClick={onKeepMine}>
            {t.save.keepMine}
          </button>
          <button type="button" className="secondary-button" data-testid="conflict-take-theirs" onClick={onTakeTheirs}>
            {t.save.takeTheirs}
          </button>
        </div>
      )}
      {save.state === 'error' && (
        <div className="notice notice-error desk-notice" role="alert" data-testid="page-save-error">
          <span className="notice-text">{t.save.failed(save.error ?? '')}</span>
          <button type="button" className="secondary-button" onClick={onRetrySave}>
            {t.save.retry}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice notice-info desk-notice" role="status" data-testid="desk-notice">
          <span className="notice-text">{notice}</span>
          <button type="button" className="link-button" onClick={onDismissNotice}>
            {t.actions.dismiss}
          </button>
        </div>
      )}
      {proofExport && (
        <div
          className={`notice ${proofExport.state === 'error' ? 'notice-error' : 'notice-info'} desk-notice`}
          role="status"
          data-testid="proof-export-result"
          data-state={proofExport.state}
          data-path={proofExport.state === 'done' ? (proofExport.result.path ?? '') : ''}
        >
          <span className="notice-text">
            {proofExport.state === 'writing'
              ? t.proof.exporting
              : proofExport.state === 'error'
                ? t.proof.failed(proofExport.message)
                : proofExport.result.written
                  ? t.proof.written(proofExport.result.path ?? '', proofExport.result.placed)
                  : t.proof.cancelled}
          </span>
          {proofExport.state !== 'writing' && (
            <button type="button" className="link-button" data-testid="proof-export-dismiss" onClick={onDismissProofExport}>
              {t.actions.dismiss}
            </button>
          )}
        </div>
      )}
      {composeError && (
        <div className="notice notice-error desk-notice" role="alert" data-testid="compose-error">
          <span className="notice-text">{t.composeFailed(composeError)}</span>
        </div>
      )}
    </>
  );
}

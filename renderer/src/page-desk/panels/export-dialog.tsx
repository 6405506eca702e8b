import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import type { PageExportResult } from '../../../../shared/ipc/page-contract';
import { issueFrames, issueText } from '../workspace/issue-text';
import { useI18n } from '../../i18n/i18n-context';

export type ExportState =
  | { step: 'preflight' }
  | { step: 'writing'; startedAt: number }
  | { step: 'done'; result: PageExportResult }
  | { step: 'error'; message: string };

/**
 * File → Export PDF: first the preflight (what is wrong with the page, errors first — the
 * page can still be exported, as `banmian compose` does, but the editor says so knowingly),
 * then the PDF is written, then where it went.
 */
export function ExportDialog({
  state,
  issues,
  checking,
  onExport,
  onClose,
  headline,
  onSelect,
}: {
  headline: (storyId: string) => string | undefined;
  state: ExportState;
  issues: readonly PreflightIssue[] | null;
  checking: boolean;
  onExport: () => void;
  onClose: () => void;
  /** Selects the frames a problem concerns (both of a collision). */
  onSelect: (frameIds: string[]) => void;
}) {
  const t = useI18n().t.pageDesk;
  const errors = (issues ?? []).filter((i) => i.severity === 'error');
  const warnings = (issues ?? []).filter((i) => i.severity === 'warning');
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog" data-step={state.step}>
        <h2 id="export-title">{t.export.title}</h2>
        <ol className="export-steps">
          <li className={state.step === 'preflight' ? 'current' : 'done'}>{t.export.stepPreflight}</li>
          <li className={state.step === 'writing' ? 'current' : state.step === 'done' ? 'done' : ''}>{t.export.stepWrite}</li>
        </ol>
        {state.step === 'preflight' && (
          <>
            {checking || !issues ? (
              <p className="side-note">{t.export.checking}</p>
            ) : errors.length + warnings.length === 0 ? (
              <p className="preflight-summary is-clean" data-testid="export-clean">
                {t.export.clean}
              </p>
            ) : (
              <>
                <p className={`preflight-summary ${errors.length ? 'has-errors' : 'has-warnings'}`}>{t.preflight.summary(errors.length, warnings.length)}</p>
                <ul className="preflight-list compact">
                  {[...errors, ...warnings].map((issue, i) => (
                    <li key={i}>
                      <button type="button" className={`preflight-item ${issue.severity}`} disabled={!issueFrames(issue).length} onClick={() => onSelect(issueFrames(issue))}>
                        <span className="preflight-code">{t.preflight.codes[issue.code] ?? issue.code}</span>
                        <span className="preflight-message">{issueText(t.preflight, issue, headline)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="dialog-buttons">
              <button type="button" className="secondary-button" onClick={onClose}>
                {t.actions.cancel}
              </button>
              <button type="button" className={errors.length ? 'secondary-button danger' : 'primary-button'} data-testid="export-confirm" disabled={checking || !issues} onClick={onExport}>
                {errors.length ? t.export.anyway : t.export.write}
              </button>
            </div>
          </>
        )}
        {state.step === 'writing' && (
          <div className="export-progress" role="status">
            <progress />
            <span>{t.export.writing}</span>
          </div>
        )}
        {state.step === 'done' && (
          <>
            <p className="export-result" data-testid="export-result" data-path={state.result.path ?? ''}>
              {state.result.written ? t.export.written(state.result.path ?? '', state.result.bytes ?? 0, state.result.ms) : t.export.cancelled}
            </p>
            <div className="dialog-buttons">
              <button type="button" className="primary-button" data-testid="export-close" onClick={onClose}>
                {t.actions.close}
              </button>
            </div>
          </>
        )}
        {state.step === 'error' && (
          <>
            <p className="notice notice-error" role="alert">
              {t.export.failed(state.message)}
            </p>
            <div className="dialog-buttons">
              <button type="button" className="primary-button" onClick={onClose}>
                {t.actions.close}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

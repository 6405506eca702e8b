import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import { issueFrames, issueText } from '../workspace/issue-text';
import { useI18n } from '../../i18n/i18n-context';

/** The page's problems as composition finds them, errors first; a click selects the frames concerned (both of a collision). */
export function PreflightPanel({
  issues,
  busy,
  headline,
  onSelect,
}: {
  issues: readonly PreflightIssue[] | null;
  busy: boolean;
  /** A story's headline, to name it in the messages. */
  headline: (storyId: string) => string | undefined;
  /** Selects the frames a problem concerns (both of a collision). */
  onSelect: (frameIds: string[]) => void;
}) {
  const t = useI18n().t.pageDesk;
  if (!issues) return <p className="side-note">{t.preflight.waiting}</p>;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div className="preflight" data-testid="preflight" data-errors={errors} data-warnings={issues.length - errors} aria-busy={busy}>
      <p className={`preflight-summary ${errors ? 'has-errors' : issues.length ? 'has-warnings' : 'is-clean'}`} data-testid="preflight-summary">
        {t.preflight.summary(errors, issues.length - errors)}
      </p>
      <ul className="preflight-list">
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.frameId ?? ''}-${i}`}>
            <button
              type="button"
              className={`preflight-item ${issue.severity}`}
              data-testid="preflight-item"
              data-code={issue.code}
              data-frame={issue.frameId ?? ''}
              disabled={!issueFrames(issue).length}
              onClick={() => onSelect(issueFrames(issue))}
            >
              <span className="preflight-code">{t.preflight.codes[issue.code] ?? issue.code}</span>
              <span className="preflight-message">{issueText(t.preflight, issue, headline)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

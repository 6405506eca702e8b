import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

export type RightTab = 'inspector' | 'preflight';

interface Props {
  tab: RightTab;
  onTab: (tab: RightTab) => void;
  /** The story editor beside the page, when a story is open in it (it takes the whole side). */
  editor: ReactNode | null;
  onCloseEditor: () => void;
  inspector: ReactNode;
  preflight: ReactNode;
  /** Preflight's counts for the tab's badge; null until the page is composed. */
  counts: { errors: number; warnings: number } | null;
}

/** The right side: the inspector or the preflight, or the story editor beside the page. */
export function DeskRightPanel({ tab, onTab, editor, onCloseEditor, inspector, preflight, counts }: Props) {
  const t = useI18n().t.pageDesk;
  const errors = counts?.errors ?? 0;
  const warnings = counts?.warnings ?? 0;
  return (
    <aside className={`desk-right${editor ? ' with-editor' : ''}`}>
      {editor ? (
        <div className="side-editor" data-testid="side-editor">
          <div className="side-editor-bar">
            <span>{t.inspector.editorBeside}</span>
            <button type="button" className="secondary-button" data-testid="side-editor-close" onClick={onCloseEditor}>
              {t.actions.close}
            </button>
          </div>
          {editor}
        </div>
      ) : (
        <>
          <div className="side-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'inspector'} className={tab === 'inspector' ? 'active' : ''} data-testid="right-tab-inspector" onClick={() => onTab('inspector')}>
              {t.inspector.tab}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'preflight'} className={tab === 'preflight' ? 'active' : ''} data-testid="right-tab-preflight" onClick={() => onTab('preflight')}>
              {t.preflight.tab}
              {counts && (errors || warnings) ? <span className={`tab-count${errors ? ' error' : ''}`}>{errors || warnings}</span> : null}
            </button>
          </div>
          <div className="side-scroll">{tab === 'inspector' ? inspector : preflight}</div>
        </>
      )}
    </aside>
  );
}

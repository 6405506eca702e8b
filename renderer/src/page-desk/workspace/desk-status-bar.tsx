import type { AppInfo } from '../../../../shared/ipc/contract-types';
import { useI18n } from '../../i18n/i18n-context';
import { StatusBarEnd } from '../../ui/top-bar';
import { zoomLabel } from './zoom';

interface Props {
  appInfo: AppInfo | null;
  zoom: number;
  pointerCell: { column: number; line: number } | null;
  frames: number;
  selected: number;
  /** Preflight's counts; null until the page is composed. */
  preflight: { errors: number; warnings: number } | null;
  onPreflight: () => void;
  composing: boolean;
  composedMs: number | null;
}

/** The workspace's status bar: zoom, the grid cell under the pointer, frames, preflight, composition time. */
export function DeskStatusBar({ appInfo, zoom, pointerCell, frames, selected, preflight, onPreflight, composing, composedMs }: Props) {
  const t = useI18n().t.pageDesk;
  const errors = preflight?.errors ?? 0;
  const warnings = preflight?.warnings ?? 0;
  return (
    <footer className="statusbar desk-statusbar">
      <span className="statusbar-start">
        <span data-testid="zoom-level">{zoomLabel(zoom)}</span>
        <span>{pointerCell ? t.status.cell(pointerCell.column + 1, pointerCell.line + 1) : t.status.noCell}</span>
        <span>{t.status.frames(frames, selected)}</span>
        <button type="button" className={`status-preflight ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'is-clean'}`} data-testid="status-preflight" onClick={onPreflight}>
          {preflight ? t.preflight.summary(errors, warnings) : t.preflight.waiting}
        </button>
        <span className={`status-compose${composing ? ' busy' : ''}`} data-testid="compose-status">
          {composedMs !== null ? t.status.composed(composedMs) : t.status.composing}
        </span>
      </span>
      <StatusBarEnd appInfo={appInfo} />
    </footer>
  );
}

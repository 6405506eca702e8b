import type { ReactNode } from 'react';
import type { PageDocument } from '../../../../shared/model/page';
import { pageLabel } from '../../../../shared/model/page-label';
import { useI18n } from '../../i18n/i18n-context';
import { TopBar } from '../../ui/top-bar';
import type { PageSaveSnapshot } from './page-save';
import type { ZoomAction } from './use-zoom';
import { zoomLabel, type ZoomMode } from './zoom';

const ZOOM_CHOICES = [0.5, 0.75, 1, 1.5, 2, 3, 4];

export interface Guides {
  columns: boolean;
  baselines: boolean;
}

interface Props {
  page: PageDocument['page'];
  save: PageSaveSnapshot;
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo: () => void;
  onRedo: () => void;
  zoomMode: ZoomMode;
  onZoom: (action: ZoomAction) => void;
  guides: Guides;
  onGuides: (guides: Guides) => void;
  proofShown: boolean;
  onProofShown: (shown: boolean) => void;
  /** The proof layer's marks: on the page, and not placed on it. */
  proofMarks: { placed: number; unplaced: number } | null;
  proofExporting: boolean;
  onExportProof: () => void;
  onExport: () => void;
  onBack: () => void;
  /** The newsroom's check-out tools (签出以便离线工作), when the page is this desk's. */
  checkOutTools?: ReactNode;
}

/** The workspace's top bar: back to the list, the page, save state, undo, zoom, guides, proof layer, the exports. */
export function DeskTopBar(props: Props) {
  const t = useI18n().t.pageDesk;
  const { page, save, zoomMode, onZoom, guides, onGuides } = props;
  return (
    <TopBar className="desk-topbar">
      <button type="button" className="bar-button back-button" data-testid="workspace-back" onClick={props.onBack}>
        ← {t.list.title}
      </button>
      <span className="desk-title" title={`${pageLabel(page.edition, page.number)} ${page.name}`}>
        <span className="desk-slot">
          {page.edition} {t.list.pageNumber(page.number)}
        </span>
        <span className="desk-name">{page.name}</span>
        {page.section && <span className="desk-section">{page.section}</span>}
      </span>
      <span className={`save-indicator save-${save.state}`} data-testid="page-save-state" title={save.error ?? ''}>
        {t.save.state[save.state]}
      </span>
      {props.checkOutTools}
      <span className="desk-tools">
        <button type="button" className="desk-tool" data-testid="undo" disabled={!props.undoLabel} title={props.undoLabel ? t.history.undo(props.undoLabel) : t.history.nothingToUndo} onClick={props.onUndo}>
          ↶
        </button>
        <button type="button" className="desk-tool" data-testid="redo" disabled={!props.redoLabel} title={props.redoLabel ? t.history.redo(props.redoLabel) : t.history.nothingToRedo} onClick={props.onRedo}>
          ↷
        </button>
      </span>
      <span className="desk-tools">
        <button type="button" className="desk-tool" data-testid="zoom-out" title={t.zoom.out} onClick={() => onZoom('out')}>
          −
        </button>
        <select
          className="zoom-select"
          data-testid="zoom-select"
          aria-label={t.zoom.label}
          value={zoomMode.kind === 'fit' ? 'fit' : String(zoomMode.zoom)}
          onChange={(e) => onZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
        >
          <option value="fit">{t.zoom.fit}</option>
          {ZOOM_CHOICES.map((z) => (
            <option key={z} value={String(z)}>
              {zoomLabel(z)}
            </option>
          ))}
          {zoomMode.kind === 'fixed' && !ZOOM_CHOICES.includes(zoomMode.zoom) && <option value={String(zoomMode.zoom)}>{zoomLabel(zoomMode.zoom)}</option>}
        </select>
        <button type="button" className="desk-tool" data-testid="zoom-in" title={t.zoom.in} onClick={() => onZoom('in')}>
          +
        </button>
      </span>
      <span className="desk-tools">
        <label className="toggle" title={t.guides.columnsHint}>
          <input type="checkbox" checked={guides.columns} onChange={(e) => onGuides({ ...guides, columns: e.target.checked })} />
          {t.guides.columns}
        </label>
        <label className="toggle" title={t.guides.baselinesHint}>
          <input type="checkbox" checked={guides.baselines} onChange={(e) => onGuides({ ...guides, baselines: e.target.checked })} />
          {t.guides.baselines}
        </label>
      </span>
      <span className="desk-tools">
        <label className="toggle" title={t.proof.layerHint}>
          <input type="checkbox" data-testid="proof-toggle" checked={props.proofShown} onChange={(e) => props.onProofShown(e.target.checked)} />
          {t.proof.layer}
        </label>
        {props.proofMarks && (
          <span className="desk-proof-count" data-testid="proof-count">
            {t.proof.marks(props.proofMarks.placed, props.proofMarks.unplaced)}
          </span>
        )}
      </span>
      <button type="button" className="secondary-button" data-testid="export-proof" title={t.proof.exportHint} disabled={props.proofExporting} onClick={props.onExportProof}>
        {t.proof.export}
      </button>
      <button type="button" className="primary-button" data-testid="export-pdf" title={t.export.hint} onClick={props.onExport}>
        {t.export.button}
      </button>
    </TopBar>
  );
}

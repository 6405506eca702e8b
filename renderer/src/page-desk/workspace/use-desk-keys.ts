import { useEffect, type MutableRefObject } from 'react';
import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import { coverBox, cropShowing } from '../../../../shared/compose/photo-geometry';
import type { BanmianClient } from '../../ipc/bridge';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';
import { removeFrames, setAreas } from './frame-edits';
import { nudgedArea, type GridLimits } from './grid-snap';
import type { DeskComposition } from './page-composer';
import { targetImage, withCrop, type CropTarget } from './photo-crop';
import type { WorkspaceStore } from './workspace-store';
import type { ZoomAction } from './use-zoom';

interface DeskKeys {
  client: BanmianClient;
  store: WorkspaceStore;
  geometry: GridGeometry;
  limits: GridLimits;
  /** `electron`: the View and File menus' accelerators send zoom and export as menu actions. */
  shell: string | undefined;
  zoomBy: (action: ZoomAction) => void;
  openExport: () => void;
  cropping: MutableRefObject<CropTarget | null>;
  endCrop: () => void;
  composed: MutableRefObject<DeskComposition | null>;
  t: PageDeskMessages;
}

/**
 * The page's keyboard map (not while typing in a field or in the editor beside it) and the
 * application menu's zoom and File → Export PDF: undo and redo, select all, zoom, export, the
 * arrows (nudge frames, or the photo while cropping), Escape, Delete.
 */
export function useDeskKeys({ client, store, geometry, limits, shell, zoomBy, openExport, cropping, endCrop, composed, t }: DeskKeys): void {
  useEffect(
    () =>
      client.on('menu.action', ({ action }) => {
        if (action === 'zoom-in') zoomBy('in');
        else if (action === 'zoom-out') zoomBy('out');
        else if (action === 'zoom-reset') zoomBy('actual');
        else if (action === 'export-pdf') openExport();
      }),
    [client, zoomBy, openExport],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], .side-editor, .dialog')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      if (mod && key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key.toLowerCase() === 'y') {
        event.preventDefault();
        store.redo();
      } else if (mod && key.toLowerCase() === 'a') {
        event.preventDefault();
        store.select(store.doc.frames.map((f) => f.id));
      } else if (mod && shell !== 'electron' && (key === '=' || key === '+' || key === '-' || key === '0')) {
        // In the desktop app the View menu's accelerators send these as menu actions.
        event.preventDefault();
        zoomBy(key === '-' ? 'out' : key === '0' ? 'actual' : 'in');
      } else if (mod && shell !== 'electron' && key.toLowerCase() === 'e') {
        event.preventDefault();
        openExport();
      } else if (cropping.current && (key === 'Escape' || key === 'Enter')) {
        event.preventDefault();
        endCrop();
      } else if (cropping.current && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown')) {
        // While cropping, the arrows move the photo inside its frame (1 pt, 10 with Shift).
        event.preventDefault();
        const target = cropping.current;
        const image = targetImage(composed.current?.items.values() ?? [], store.doc, geometry, target);
        if (!image) return;
        const step = event.shiftKey ? 10 : 1;
        const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
        const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
        const draw = coverBox(image.clip, { ...image.draw, x: image.draw.x + dx, y: image.draw.y + dy });
        store.change(t.history.crop, (d) => withCrop(d, target, cropShowing(image.clip, draw)), undefined, `crop-nudge-${target.frameId}-${target.cell ?? ''}`);
      } else if (key === 'Escape') {
        store.select([]);
      } else if ((key === 'Delete' || key === 'Backspace') && store.selection.length) {
        event.preventDefault();
        store.change(t.history.remove, (d) => removeFrames(d, store.selection));
      } else if ((key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') && store.selection.length) {
        event.preventDefault();
        const areas = new Map(store.doc.frames.filter((f) => store.selection.includes(f.id)).map((f) => [f.id, nudgedArea(limits, f.area, key, event.shiftKey)]));
        store.change(t.history.nudge, (d) => setAreas(d, areas), undefined, `nudge-${store.selection.join(',')}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, limits, geometry, shell, zoomBy, openExport, cropping, endCrop, composed, t]);
}

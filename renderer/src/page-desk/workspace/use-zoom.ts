import { useCallback, useRef, useState } from 'react';
import { zoomIn, zoomOut, type ZoomMode } from './zoom';

export type ZoomAction = 'in' | 'out' | 'actual' | 'fit' | number;

/** The zoom asked for (fit or a fixed zoom) and the zoom the canvas drew at (what Fit came to). */
export function useZoom(): { zoomMode: ZoomMode; zoom: number; setZoom: (zoom: number) => void; zoomBy: (action: ZoomAction) => void } {
  const [zoomMode, setZoomMode] = useState<ZoomMode>({ kind: 'fit' });
  const [zoom, setZoom] = useState(1);
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;
  const zoomBy = useCallback((action: ZoomAction) => {
    setZoomMode((mode) => {
      if (action === 'fit') return { kind: 'fit' };
      if (action === 'actual') return { kind: 'fixed', zoom: 1 };
      if (typeof action === 'number') return { kind: 'fixed', zoom: action };
      const current = mode.kind === 'fixed' ? mode.zoom : zoomRef.current;
      return { kind: 'fixed', zoom: action === 'in' ? zoomIn(current) : zoomOut(current) };
    });
  }, []);
  return { zoomMode, zoom, setZoom, zoomBy };
}

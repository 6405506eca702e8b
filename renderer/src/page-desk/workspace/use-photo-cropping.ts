import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageDocument } from '../../../../shared/model/page';
import { targetPhoto, type CropTarget } from './photo-crop';
import type { WorkspaceStore } from './workspace-store';

/** The photo being cropped on the canvas (if any): started from the canvas or inspector, ended by Done, Esc or losing its photo. */
export function usePhotoCropping(store: WorkspaceStore, doc: PageDocument, selection: readonly string[]) {
  const [cropping, setCropping] = useState<CropTarget | null>(null);
  // The keyboard map reads it when a key comes, without being rebuilt on every crop change.
  const croppingRef = useRef<CropTarget | null>(null);
  croppingRef.current = cropping;

  // Cropping ends when its photo goes (deleted, undone) or another frame is selected.
  useEffect(() => {
    if (cropping && (!targetPhoto(doc, cropping) || selection.length !== 1 || selection[0] !== cropping.frameId)) setCropping(null);
  }, [cropping, doc, selection]);

  const startCrop = useCallback(
    (target: CropTarget | null) => {
      if (target) store.select([target.frameId]);
      setCropping(target);
    },
    [store],
  );
  const endCrop = useCallback(() => setCropping(null), []);
  return { cropping, croppingRef, startCrop, endCrop };
}

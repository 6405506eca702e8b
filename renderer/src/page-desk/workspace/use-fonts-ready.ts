import { useLayoutEffect, useState } from 'react';
import type { DisplayItem } from '../../../../shared/model/display-list';
import type { BanmianClient } from '../../ipc/bridge';
import { screenFontLoader } from '../canvas/screen-fonts';
import type { DeskComposition } from './page-composer';

/**
 * The characters the page and its proof notes show, in the faces the display list names, cut
 * from the same files the PDF embeds; text stays out until the first of them are in. Asked for
 * before the browser lays the page out, so the fonts travel while it does.
 */
export function useFontsReady(client: BanmianClient, composed: DeskComposition | null, proof: { items: readonly DisplayItem[] } | null): boolean {
  const [fontsReady, setFontsReady] = useState(false);
  useLayoutEffect(() => {
    if (!composed) return;
    const pending = screenFontLoader(client).cover(proof ? [...composed.items.values(), ...proof.items] : composed.items.values());
    if (fontsReady) return; // parts for characters typed later show as they come
    if (!pending) return setFontsReady(true);
    let live = true;
    void pending.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, [client, composed, proof, fontsReady]);
  return fontsReady;
}

import { useCallback } from 'react';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { PageDocument } from '../../../../shared/model/page';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';

/** "Convert for this press": a photo over the ink limit converted with the page's press profile, added to the photo list. */
export function usePhotoConversion(client: BanmianClient, press: PageDocument['press'], add: (photos: readonly PhotoView[]) => void, onNotice: (text: string) => void) {
  return useCallback(
    async (sha256: string): Promise<PhotoView | null> => {
      try {
        const converted = await client.call('pages.convertPhoto', { sha256, ...(press ? { press } : {}) });
        add([converted]);
        return converted;
      } catch (error) {
        onNotice(errorMessage(error));
        return null;
      }
    },
    [client, press, add, onNotice],
  );
}

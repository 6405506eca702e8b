import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { PhotoBlock } from '../../../../shared/model/story';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import { encodeBase64 } from '../../ui/file-encoding';
import type { StoryCaption, StoryCredit } from '../panels/photo-inspector';

/** The live stories for the side panel, read again whenever stories change anywhere. */
export function useStoryList(client: BanmianClient): { stories: StorySummary[] | null; error: string | null } {
  const [state, setState] = useState<{ stories: StorySummary[] | null; error: string | null }>({ stories: null, error: null });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const stories = await client.call('stories.list', {});
      if (request === latest.current) setState({ stories, error: null });
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, error: errorMessage(error) }));
    }
  }, [client]);
  useEffect(() => {
    void load();
    return client.on('stories.changed', () => void load());
  }, [client, load]);
  return state;
}

/** The photo store (and the newsroom's photos known by their preview, read again when more arrive), and importing into it. */
export function usePhotoList(client: BanmianClient) {
  const [photos, setPhotos] = useState<PhotoView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      client.call('pages.photos', {}).then(
        (list) => live && setPhotos(list),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    void load();
    const unsubscribe = client.on('photos.changed', () => void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client]);
  const add = useCallback((list: readonly PhotoView[]) => {
    setPhotos((current) => {
      const known = new Set((current ?? []).map((p) => p.sha256));
      return [...(current ?? []), ...list.filter((p) => !known.has(p.sha256))];
    });
  }, []);
  const importFiles = useCallback(
    async (files: File[]) => {
      setBusy(true);
      setError(null);
      try {
        const payload = await Promise.all(files.map(async (file) => ({ name: file.name, base64: encodeBase64(new Uint8Array(await file.arrayBuffer())) })));
        add(await client.call('pages.importPhotos', { files: payload }));
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [client, add],
  );
  return { photos, busy, error, importFiles, add };
}

export interface StoryPhotoText {
  /** Photo blocks with their captions and credits. */
  captions: StoryCaption[];
  /** Shared credit lines (本栏照片均由…摄) the stories carry, with their stories. */
  credits: StoryCredit[];
}

/** The photo blocks (captions and credits as the reporter wrote them) and shared credits of the stories on the page. */
export function useStoryCaptions(client: BanmianClient, storyIds: readonly string[]): StoryPhotoText {
  const [captions, setCaptions] = useState<StoryPhotoText>({ captions: [], credits: [] });
  const key = [...new Set(storyIds)].sort().join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    const load = () =>
      Promise.all(ids.map((id) => client.call('stories.get', { id }).catch(() => null))).then((stories) => {
        if (!live) return;
        setCaptions({
          // Every photo block, with its place among the story's photos (what a caption link names).
          captions: stories.flatMap((story) =>
            story ? story.body.filter((b): b is PhotoBlock => b.type === 'photo').map((block, photo) => ({ storyId: story.id, headline: story.headline, photo, block })) : [],
          ),
          credits: stories.flatMap((story) => (story?.photoCredit.trim() ? [{ storyId: story.id, headline: story.headline, credit: story.photoCredit }] : [])),
        });
      });
    void load();
    const off = client.on('stories.changed', ({ ids: changed }) => {
      if (changed.some((id) => ids.includes(id))) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [client, key]);
  return captions;
}

import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { useClient } from '../ipc/client-context';
import { LibraryView } from '../library/library-view';

/** The window's content. Today the story library; the story editor and page view join it. */
export function App() {
  const client = useClient();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    client.call('app.info', {}).then(
      (info) => live && setAppInfo(info),
      (error: unknown) => console.error('banmian: app.info failed', error),
    );
    return () => {
      live = false;
    };
  }, [client]);

  return <LibraryView appInfo={appInfo} />;
}

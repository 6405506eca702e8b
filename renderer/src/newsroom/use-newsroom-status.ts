import { useEffect, useState } from 'react';
import type { NewsroomStatus } from '../../../shared/ipc/newsroom-contract';
import { useClient } from '../ipc/client-context';

/** The newsroom's status as the main process reports it: asked once, then followed by event. null: not in a newsroom. */
export function useNewsroomStatus(): NewsroomStatus | null {
  const client = useClient();
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  useEffect(() => {
    let live = true;
    client.call('newsroom.status', {}).then(
      (result) => live && setStatus(result.status),
      (error: unknown) => console.error('banmian: newsroom.status failed', error),
    );
    const off = client.on('newsroom.status', (next) => live && setStatus(next));
    return () => {
      live = false;
      off();
    };
  }, [client]);
  return status;
}

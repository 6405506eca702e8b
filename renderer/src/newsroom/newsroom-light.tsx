import './newsroom.css';
import type { NewsroomStatus } from '../../../shared/ipc/newsroom-contract';
import { useI18n } from '../i18n/i18n-context';
import { useNewsroomStatus } from './use-newsroom-status';

/**
 * The status light in the top bar: a dot (green online, amber offline or waiting, red error or
 * refusals) and a word; its title says what waits, when the desk was last in step, and why it is
 * offline. A click opens Settings → 编辑部.
 */
export function NewsroomLight({ onOpen }: { onOpen: () => void }) {
  const t = useI18n().t.newsroom;
  const status = useNewsroomStatus();
  const tone = toneOf(status);
  const label = status ? t.state[status.state] : t.state.off;
  const details = status
    ? [t.waiting(status.waiting), t.lastSync(status.lastSync), status.conflicts > 0 ? t.conflicts(status.conflicts) : null, status.error, ...status.refused.slice(0, 3).map((r) => t.refusedItem(r.docId, r.reason))]
        .filter(Boolean)
        .join('\n')
    : t.state.off;
  return (
    <button type="button" className={`newsroom-light tone-${tone}`} title={details} aria-label={`${t.light}: ${label}`} data-testid="newsroom-light" data-state={status?.state ?? 'off'} onClick={onOpen}>
      <span className="newsroom-dot" aria-hidden="true" />
      <span>{label}</span>
      {status && status.waiting > 0 && <span className="newsroom-count">{status.waiting}</span>}
    </button>
  );
}

function toneOf(status: NewsroomStatus | null): 'off' | 'ok' | 'wait' | 'bad' {
  if (!status || status.state === 'stopped') return 'off';
  if (status.state === 'error' || status.refused.length > 0) return 'bad';
  if (status.state === 'online' && status.waiting === 0 && status.conflicts === 0) return 'ok';
  return 'wait';
}

import { BanmianError } from '../../shared/ipc/result';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The stored-timestamp bound for "changed on or after `since`". A plain date means the start
 * of that day on this computer's clock (a desk in Beijing asking for 2024-02-20 means its own
 * midnight, not UTC's); a full timestamp with a zone is taken as given.
 */
export function sinceToTimestamp(since: string): string {
  const date = DATE.exec(since);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const local = new Date(year, month - 1, day);
    if (local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day) return local.toISOString();
  } else if (DATE_TIME.test(since) && !Number.isNaN(Date.parse(since))) {
    return new Date(since).toISOString();
  }
  const issue = `since: expected a date such as 2024-02-20, got "${since}"`;
  throw new BanmianError('invalid-input', `Invalid filter: ${issue}`, undefined, [issue]);
}

import type { Byline } from '../../../shared/model/story';

/** Bylines as the page prints them: "本报记者 杜挺勇 / 本报通讯员 薛慧科". */
export function formatBylines(bylines: readonly Byline[]): string {
  return bylines.map((byline) => [byline.label, byline.names.join(' ')].filter(Boolean).join(' ')).join(' / ');
}

/**
 * A story's last change, as short as is unambiguous: the time today, the day and time
 * this year, the full date before that.
 */
export function formatUpdated(iso: string, locale: string, now: Date = new Date()): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const sameYear = when.getFullYear() === now.getFullYear();
  const sameDay = sameYear && when.getMonth() === now.getMonth() && when.getDate() === now.getDate();
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (sameDay) return new Intl.DateTimeFormat(locale, time).format(when);
  if (sameYear) return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...time }).format(when);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(when);
}

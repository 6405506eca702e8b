/** An edition date as the page header prints it: 2024年2月20日 星期二. */

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function editionDateText(edition: string): string {
  const [y, m, d] = edition.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${y}年${m}月${d}日 ${weekday}`;
}

/**
 * How a page is named wherever it is listed or titled: its number as the press says it
 * (第3版) and, with the edition date, the page's label (2024-02-20 第3版). One builder, so the
 * page list, the window title, the PDF header and the messages say it the same way.
 */
export function pageNumberLabel(number: number): string {
  return `第${number}版`;
}

export function pageLabel(edition: string, number: number): string {
  return `${edition} ${pageNumberLabel(number)}`;
}

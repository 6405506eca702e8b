import type { CopyItem } from './copy-items';
import { isBannerShaped, isBannerWord } from './line-kinds';

/** A line of a story's head: a title, a —— subtitle or a line labelled 引题：/主题：/副题：. */
export type HeadItem = Extract<CopyItem, { kind: 'title' | 'dash' | 'marked' }>;

export interface StoryHead {
  section: string;
  kicker: string;
  headline: string;
  subtitle: string;
}

export function isHeadItem(item: CopyItem | undefined): item is HeadItem {
  return item?.kind === 'title' || item?.kind === 'dash' || item?.kind === 'marked';
}

/**
 * Whether the first of a story's head lines is a section banner (视觉新闻, 党员先锋故事) rather than
 * the headline or kicker. It must be banner-shaped (2–8 Han characters, no punctuation) and either
 * a known column word (…新闻, …故事, 图说…) or set apart like the page's frames: above a headline,
 * two or more blank lines over it and at least one under it; alone above a byline, two or more
 * blank lines between it and the byline. At the top of the file a lone short line is the headline.
 */
function isBanner(item: HeadItem, remaining: number, atFileStart: boolean): boolean {
  if (item.kind !== 'title' || !isBannerShaped(item.text)) return false;
  if (isBannerWord(item.text)) return true;
  if (atFileStart) return false;
  return remaining >= 2 ? item.blankBefore >= 2 && item.blankAfter >= 1 : item.blankAfter >= 2;
}

/**
 * Assigns a story's head lines to banner (section), kicker (引题), headline (主题) and subtitle (副题).
 * Labelled lines keep their label's role and a —— line is a subtitle. Unlabelled lines, in order:
 * one is the headline; of two, the one with a colon (沁阳市：…) is the headline and the other the
 * kicker (above it); with a —— subtitle present the two are kicker and headline; otherwise the first
 * is the headline and the second its subtitle. Three are kicker, headline, subtitle.
 */
export function assignHead(lines: HeadItem[], atFileStart: boolean): StoryHead {
  const head: StoryHead = { section: '', kicker: '', headline: '', subtitle: '' };
  const rest = [...lines];
  const banners: string[] = [];
  while (rest.length > 0 && isBanner(rest[0]!, rest.length, atFileStart)) banners.push(rest.shift()!.text);
  head.section = banners.join(' ');

  const plain: string[] = [];
  for (const line of rest) {
    if (line.kind === 'marked') head[line.role] = head[line.role] ? `${head[line.role]} ${line.text}` : line.text;
    else if (line.kind === 'dash') head.subtitle = head.subtitle ? `${head.subtitle} ${line.text}` : line.text;
    else plain.push(line.text);
  }
  if (plain.length === 0) return head;
  if (head.headline) {
    // A labelled headline: unlabelled lines fill the empty kicker first, then the subtitle.
    for (const text of plain) {
      if (!head.kicker) head.kicker = text;
      else head.subtitle = head.subtitle ? `${head.subtitle} ${text}` : text;
    }
    return head;
  }
  const [first, second, ...others] = plain as [string, ...string[]];
  if (second === undefined) {
    head.headline = first;
  } else if (others.length > 0) {
    head.kicker = first;
    head.headline = second;
    head.subtitle = [head.subtitle, ...others].filter(Boolean).join(' ');
  } else if (/[：:]/u.test(second) && !/[：:]/u.test(first) && !head.kicker) {
    head.kicker = first;
    head.headline = second;
  } else if (head.subtitle && !head.kicker) {
    head.kicker = first;
    head.headline = second;
  } else {
    head.headline = first;
    head.subtitle = [second, head.subtitle].filter(Boolean).join(' ');
  }
  return head;
}

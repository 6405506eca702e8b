import type { Byline, StoryFields } from '../model/story';
import { BODY_STYLE, BYLINE_STYLE, SUBHEAD_STYLE, withStyle } from '../typeset/styles';
import type { ParagraphInput, ParagraphStyle, TextRun } from '../typeset/types';

/**
 * The story body (the Slate value) as the engine's input: paragraphs in 宋体 with bold leaves as
 * 黑体 lead-ins, subheads (their "\n" are hard line breaks), pull quotes; photo blocks are placed
 * by photo frames and are not flowed as text. The bylines go first, at the head of the first
 * text column, each on its own line indented like a paragraph (as the copy gives them).
 */

export interface StoryParagraph {
  input: ParagraphInput;
  /** Index of the block in the story body, or "byline". */
  block: number | 'byline';
}

export interface StoryStyles {
  body: ParagraphStyle;
  subhead: ParagraphStyle;
  pullQuote: ParagraphStyle;
  byline: ParagraphStyle;
  /** Face of bold leaves (lead-ins, 小标题式导语). */
  boldFace: string;
  /** Their punctuation face (CharStyle.punctuationFace), when the story's punctuation style needs one. */
  boldPunctuationFace?: string;
}

export const DEFAULT_STORY_STYLES: StoryStyles = {
  body: BODY_STYLE,
  subhead: SUBHEAD_STYLE,
  pullQuote: withStyle(SUBHEAD_STYLE, {
    name: 'pull-quote',
    char: { face: 'noto-sans-sc-700', size: 10.5 },
    spaceBefore: 1,
    spaceAfter: 1,
    keepWithNext: 0,
    preferSpaceBreaks: false,
  }),
  // Indented like a paragraph: the first line of a column is never a flush-left line that a
  // reader (or a checker) would take for a justified line cut short.
  byline: withStyle(BYLINE_STYLE, { firstLineIndent: 2 }),
  boldFace: 'noto-sans-sc-700',
};

export function bylineText(byline: Byline): string {
  return `${byline.label} ${byline.names.join(' ')}`;
}

export function storyParagraphs(story: StoryFields, styles: StoryStyles = DEFAULT_STORY_STYLES, withBylines = true): StoryParagraph[] {
  const out: StoryParagraph[] = [];
  if (withBylines) {
    for (const byline of story.bylines) out.push({ block: 'byline', input: { runs: [{ text: bylineText(byline) }], style: styles.byline } });
  }
  story.body.forEach((block, index) => {
    if (block.type === 'photo') return;
    const text = block.children.map((leaf) => leaf.text).join('');
    if (text.trim() === '') return;
    if (block.type === 'paragraph') {
      const runs: TextRun[] = block.children
        .filter((leaf) => leaf.text !== '')
        .map((leaf) => {
          const bold = leaf.bold ? { face: styles.boldFace, ...(styles.boldPunctuationFace ? { punctuationFace: styles.boldPunctuationFace } : {}) } : {};
          const style = { ...bold, ...(leaf.emphasis ? { emphasis: 'dots' as const } : {}) };
          return Object.keys(style).length ? { text: leaf.text, style } : { text: leaf.text };
        });
      out.push({ block: index, input: { runs, style: styles.body } });
    } else {
      out.push({ block: index, input: { runs: [{ text }], style: block.type === 'subhead' ? styles.subhead : styles.pullQuote } });
    }
  });
  return out;
}

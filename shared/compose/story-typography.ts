import type { PageTypography } from '../model/page';
import type { StoryLanguage } from '../model/story';
import { withStyle } from '../typeset/styles';
import type { CharStyle, ParagraphStyle } from '../typeset/types';
import { DEFAULT_STORY_STYLES, type StoryStyles } from './story-paragraphs';

/**
 * Which faces a story is set in, from its language and the page style (`typography` in the page
 * file): a zh-Hant story in the Traditional Chinese cuts of the faces the styles name (Noto
 * Serif/Sans TC), the Taiwan/Hong Kong punctuation style (centred 。，、；：！？) by default for
 * zh-Hant and on request for a whole page, and the 楷体 (or another face) the page style names
 * for bylines, pull quotes and captions. Face ids only: the catalogue is the main process's.
 */

/** Weights the Traditional Chinese faces are bundled in (main/fonts/font-catalogue.ts). */
const TC_WEIGHTS = [400, 700] as const;
const NOTO = /^noto-(serif|sans)-(sc|tc)-(\d{3})$/;
/** Centred marks for a face with no Traditional cut (the 楷体): the serif TC face's. */
const CENTRED_STAND_IN = 'noto-serif-tc-400';

function nearestTcWeight(weight: number): number {
  return weight >= 600 ? TC_WEIGHTS[1] : TC_WEIGHTS[0];
}

/** The face `faceId` stands for in `language`: a Noto SC face becomes its TC cut (nearest bundled weight); others stay. */
export function faceForLanguage(faceId: string, language: StoryLanguage | undefined): string {
  const m = NOTO.exec(faceId);
  if (!m || language !== 'zh-Hant' || m[2] === 'tc') return faceId;
  return `noto-${m[1]}-tc-${nearestTcWeight(Number(m[3]))}`;
}

/**
 * The face whose 。，、；：！？ a run in `faceId` takes (CharStyle.punctuationFace), or undefined
 * when the face's own marks are already the asked-for style: Mainland faces put them
 * bottom-left, the TC faces centre them.
 */
export function punctuationFaceFor(faceId: string, centred: boolean): string | undefined {
  const m = NOTO.exec(faceId);
  if (centred) {
    if (m?.[2] === 'tc') return undefined;
    return m ? `noto-${m[1]}-tc-${nearestTcWeight(Number(m[3]))}` : CENTRED_STAND_IN;
  }
  return m?.[2] === 'tc' ? `noto-${m[1]}-sc-${m[3]}` : undefined;
}

/** Whether a story's marks are centred: the page style decides when it says, else the language (zh-Hant: centred). */
export function centredPunctuation(language: StoryLanguage | undefined, typography: PageTypography | undefined): boolean {
  const asked = typography?.punctuation;
  return asked ? asked === 'centred' : language === 'zh-Hant';
}

/** A character style in a language and punctuation style; `resolve` swaps a face that cannot be opened for a stand-in. */
export function charStyleFor(char: CharStyle, language: StoryLanguage | undefined, centred: boolean, resolve: (faceId: string) => string = (f) => f): CharStyle {
  const face = resolve(faceForLanguage(char.face, language));
  const punctuation = punctuationFaceFor(face, centred);
  const { punctuationFace: _old, ...rest } = char;
  return punctuation ? { ...rest, face, punctuationFace: resolve(punctuation) } : { ...rest, face };
}

function restyle(style: ParagraphStyle, language: StoryLanguage | undefined, centred: boolean, resolve: (faceId: string) => string, face?: string): ParagraphStyle {
  return withStyle(style, { char: charStyleFor(face ? { ...style.char, face } : style.char, language, centred, resolve) });
}

function boldFaces(face: string, language: StoryLanguage | undefined, centred: boolean, resolve: (faceId: string) => string): Pick<StoryStyles, 'boldFace' | 'boldPunctuationFace'> {
  const char = charStyleFor({ face, size: 0, tracking: 0 }, language, centred, resolve);
  return char.punctuationFace ? { boldFace: char.face, boldPunctuationFace: char.punctuationFace } : { boldFace: char.face };
}

/** The paragraph styles of a story's body, bylines and pull quotes on a page. */
export function storyStylesFor(
  story: { language?: StoryLanguage | undefined },
  typography: PageTypography | undefined,
  resolve: (faceId: string) => string = (f) => f,
  base: StoryStyles = DEFAULT_STORY_STYLES,
): StoryStyles {
  const language = story.language;
  const centred = centredPunctuation(language, typography);
  if (language !== 'zh-Hant' && !centred && !typography?.bylineFace && !typography?.quoteFace) return base;
  return {
    body: restyle(base.body, language, centred, resolve),
    subhead: restyle(base.subhead, language, centred, resolve),
    pullQuote: restyle(base.pullQuote, language, centred, resolve, typography?.quoteFace),
    byline: restyle(base.byline, language, centred, resolve, typography?.bylineFace),
    ...boldFaces(base.boldFace, language, centred, resolve),
  };
}

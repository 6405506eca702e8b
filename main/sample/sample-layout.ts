import type { Cmyk } from '../../shared/model/color';
import type { Frame, GridArea, HeadlineLayout } from '../../shared/model/page';

/**
 * The sample page's layout on the broadsheet grid (8 basic columns × 105 grid lines; see
 * shared/compose/templates.ts). Positions are grid units: `at(column, span, line, depth)`.
 *
 *   columns 0–4                                    | 5–7
 *   lead story 沁阳市: kicker and headline across   | 党员先锋故事 banner,
 *   five columns, the body in three (五破三)         | 朱光丽 profile with her portrait
 *   ----------------------------------------------------------------------------------------
 *   0–3 视觉新闻 banner, the 大位村 photo story:      | 4–7 山阳区 over four columns
 *   图① across four columns, 图② 图③ side by side,   | ----------------------------------
 *   the shared credit line at the foot               | 图说基层党建 banner, 校史馆 + photo
 *
 * Banners stand over the story whose column they name, chosen by meaning rather than by their
 * place in the copy: 党员先锋故事 over the profile of the party member 朱光丽; 视觉新闻 over the
 * photo story; 图说基层党建 over the 校史馆 story told with its photograph.
 * Depths, text columns and photo sizes are set from the copyfit figures so that every story
 * fits with at most one line to spare (preflight warns from two empty lines at a story's foot);
 * text columns are whole characters wide (五破三: 22 characters, 四破三: 17, 四破二: 27); 山阳区 and 校史馆 are set 扩字
 * (2.9 % and 5 % looser) and 山阳区's subhead is centred in three lines (撑行) — what “fit to frames”
 * finds at its default limits (5 %, a line per subhead and per paragraph gap) — so that their last
 * columns end at the foot.
 */

export const STORY = {
  qinyang: 'qinyang',
  dawei: 'dawei',
  zhu: 'zhu-guangli',
  shanyang: 'shanyang',
  daoqing: 'daoqing',
} as const;

export const PHOTO = {
  group1: 'group-1-boats',
  group2: 'group-2-path',
  group3: 'group-3-jetty',
  portrait: 'portrait-camera',
  school: 'school-leaf-cmyk',
} as const;

const at = (column: number, span: number, line: number, depth: number): GridArea => ({ column, span, line, depth });

const RED: Cmyk = [0, 1, 1, 0.05];
const TINT: Cmyk = [0, 0.12, 0.12, 0];
const BLACK: Cmyk = [0, 0, 0, 1];
const hairline = (id: string, area: GridArea, orientation: 'horizontal' | 'vertical'): Frame => ({
  id,
  kind: 'rule',
  area,
  orientation,
  weight: 0.5,
  color: BLACK,
});

const head = (size: number, deckSize = 14, depth?: number): HeadlineLayout => ({
  size,
  face: 'noto-sans-sc-700',
  align: 'center',
  deckSize,
  ...(depth ? { depth } : {}),
});

/** The top row is lines 0 to TOP − 1; the bottom row starts after a line for the rule. */
const TOP = 44;
const BOTTOM = TOP + 1;
const END = 105;
/** Where the 校史馆 block starts under 山阳区. */
const SCHOOL = 82;
/** The 大位村 photo group: where it starts, and its rows. */
const PHOTOS = BOTTOM + 12;
const BIG_PHOTO = 24;

/**
 * Frames whose photos take their captions and credits from the stories' photo blocks (`source`,
 * `creditFrom`); sample-page.ts also copies the texts in, as the page's own fallback.
 */
export function sampleFrames(): Frame[] {
  return [
    // Lead story: kicker + 32 pt headline across five columns; the body in three wider columns (五破三).
    { id: 'lead', kind: 'story', storyId: STORY.qinyang, area: at(0, 5, 0, TOP), bodyColumns: 3, headline: head(32, 16, 8) },

    // Right of the lead: the party-member profile with its portrait.
    hairline('rule-top', at(5, 3, 0, TOP), 'vertical'),
    { id: 'banner-pioneer', kind: 'banner', area: at(5, 3, 0, 3), text: '党员先锋故事', style: 'reverse', color: RED },
    { id: 'profile', kind: 'story', storyId: STORY.zhu, area: at(5, 3, 3, TOP - 3), bodyColumns: 3, headline: head(26, 14, 4) },
    { id: 'portrait', kind: 'photo', area: at(5, 1, 7, 12), assetId: PHOTO.portrait, fit: 'fill', caption: '', credit: '', source: { storyId: STORY.zhu, photo: 0 } },

    hairline('rule-middle', at(0, 8, TOP, 1), 'horizontal'),

    // Bottom left: 视觉新闻 — the 大位村 photo story.
    { id: 'banner-visual', kind: 'banner', area: at(0, 4, BOTTOM, 4), text: '视觉新闻', style: 'reverse', color: RED },
    { id: 'village', kind: 'story', storyId: STORY.dawei, area: at(0, 4, BOTTOM + 4, PHOTOS - BOTTOM - 4), bodyColumns: 2, headline: head(28, 14, 6) },
    {
      id: 'village-photos',
      kind: 'photo-group',
      area: at(0, 4, PHOTOS, END - PHOTOS),
      photos: [
        { area: at(0, 4, 0, BIG_PHOTO), photo: { assetId: PHOTO.group1, fit: 'fill', caption: '', credit: '', source: { storyId: STORY.dawei, photo: 0 } } },
        { area: at(0, 2, BIG_PHOTO, END - PHOTOS - BIG_PHOTO), photo: { assetId: PHOTO.group2, fit: 'fill', caption: '', credit: '', source: { storyId: STORY.dawei, photo: 1 } } },
        { area: at(2, 2, BIG_PHOTO, END - PHOTOS - BIG_PHOTO), photo: { assetId: PHOTO.group3, fit: 'fill', caption: '', credit: '', source: { storyId: STORY.dawei, photo: 2 } } },
      ],
      credit: '',
      creditFrom: STORY.dawei,
    },

    // Bottom right: 山阳区 over four columns (its body in three), then 图说基层党建 — 校史馆 (四破二) with its photograph.
    hairline('rule-bottom', at(4, 4, BOTTOM, END - BOTTOM), 'vertical'),
    { id: 'shanyang', kind: 'story', storyId: STORY.shanyang, area: at(4, 4, BOTTOM, SCHOOL - 1 - BOTTOM), bodyColumns: 3, headline: head(26), copyfit: { tracking: 29, subheadLines: 1 } },
    hairline('rule-school', at(4, 4, SCHOOL - 1, 1), 'horizontal'),
    { id: 'banner-pictures', kind: 'banner', area: at(4, 4, SCHOOL, 3), text: '图说基层党建', style: 'tint', color: TINT },
    { id: 'school', kind: 'story', storyId: STORY.daoqing, area: at(4, 4, SCHOOL + 3, END - SCHOOL - 3), bodyColumns: 2, headline: head(22), copyfit: { tracking: 50 } },
    { id: 'school-photo', kind: 'photo', area: at(4, 2, SCHOOL + 6, 10), assetId: PHOTO.school, fit: 'fill', caption: '', credit: '', source: { storyId: STORY.daoqing, photo: 0 } },
  ];
}

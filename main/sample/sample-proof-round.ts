import type { Annotation, AnnotationKind } from '../../shared/model/annotation';
import type { StoryFields } from '../../shared/model/story';
import { anchorFor, bodyTexts } from '../../shared/proof/anchoring';
import type { Store } from '../store/store-types';
import { STORY } from './sample-layout';

/**
 * The sample page's first proof round (一校): the marks a proofreader would make on this page,
 * at least one of every kind, so `banmian compose --sample --proof` shows them all. Each mark
 * names its words by quote (and, for a point, the words it stands before or after), so it
 * lands on the same words however the importer splits the copy.
 */

interface SampleMark {
  story: string;
  block: number;
  kind: AnnotationKind;
  /** The marked words; for a point mark, the words it stands next to. */
  quote: string;
  /** Point marks: before or after `quote`. */
  at?: 'before' | 'after';
  text?: string;
  body?: string;
  /** 转移: the words the text goes before. */
  to?: string;
  author?: string;
  replies?: { author: string; body: string }[];
}

const PROOFREADER = '校对 李敏';

const MARKS: SampleMark[] = [
  { story: STORY.qinyang, block: 0, kind: 'replace', quote: '堵点', text: '痛点', body: '与本版其他稿件用词统一' },
  { story: STORY.qinyang, block: 3, kind: 'query', quote: '党员48人', body: '48人还是46人？请核实。', replies: [{ author: '编辑 王强', body: '已与通讯员核实，48人。' }] },
  { story: STORY.qinyang, block: 3, kind: 'split', quote: '组织建设聚人', at: 'before' },
  { story: STORY.qinyang, block: 3, kind: 'delete', quote: '相关' },
  { story: STORY.qinyang, block: 4, kind: 'insert', quote: '截至目前', at: 'after', text: '，' },
  { story: STORY.qinyang, block: 4, kind: 'move', quote: '现场', to: '为60余名' },
  { story: STORY.qinyang, block: 6, kind: 'transpose', quote: '舒适方便', text: '方便舒适' },
  { story: STORY.qinyang, block: 7, kind: 'stet', quote: '幸福感', body: '原稿不删' },
  { story: STORY.qinyang, block: 9, kind: 'comment', quote: '李正杰', body: '站长姓名与上期报道不同，请核对。' },
  { story: STORY.zhu, block: 4, kind: 'replace', quote: '毛糙', text: '马虎' },
  { story: STORY.zhu, block: 8, kind: 'space', quote: 'mm', at: 'before', text: ' ', body: '数字与单位间空四分之一字' },
  { story: STORY.zhu, block: 9, kind: 'join', quote: '朱光丽说。', at: 'after', body: '下段太短，接排' },
  { story: STORY.shanyang, block: 3, kind: 'align', quote: '时间就是命令，任务就是要求！', body: '与上段左齐' },
  { story: STORY.shanyang, block: 7, kind: 'close-up', quote: '” 靠', body: '小标题两句间不空' },
  { story: STORY.shanyang, block: 8, kind: 'delete', quote: '真正' },
  { story: STORY.shanyang, block: 9, kind: 'query', quote: '210余项', body: '请提供准确数字' },
  { story: STORY.daoqing, block: 0, kind: 'shift', quote: '新学期“龙”重登场', body: '首行右移一字' },
  { story: STORY.daoqing, block: 2, kind: 'insert', quote: '记者昨日', at: 'after', text: '（2月19日）' },
  { story: STORY.daoqing, block: 4, kind: 'replace', quote: '2000人', text: '2000人次' },
];

/** Made during the evening before the edition (the sample's edition date is 2024-02-20). */
const ROUND_START = Date.UTC(2024, 1, 19, 12, 0);

/**
 * The marks, anchored in the given stories (the sample's, as imported). A mark whose words the
 * story does not have is left out rather than placed somewhere else.
 */
export function sampleProofRound(stories: Readonly<Record<string, StoryFields>>): Annotation[] {
  const out: Annotation[] = [];
  MARKS.forEach((mark, index) => {
    const story = stories[mark.story];
    if (!story) return;
    const texts = bodyTexts(story.body);
    const text = texts[mark.block] ?? '';
    const found = text.indexOf(mark.quote);
    if (found < 0) return;
    const point = mark.at !== undefined;
    const start = point ? (mark.at === 'before' ? found : found + mark.quote.length) : found;
    const end = point ? start : found + mark.quote.length;
    const id = `sample-proof-${String(index + 1).padStart(2, '0')}`;
    const createdAt = new Date(ROUND_START + index * 4 * 60_000).toISOString();
    let target = null;
    if (mark.to) {
      const to = text.indexOf(mark.to);
      if (to < 0) return;
      target = anchorFor(texts, { block: mark.block, start: to, end: to });
    }
    const annotation: Annotation = {
      id,
      storyId: mark.story,
      anchor: anchorFor(texts, { block: mark.block, start, end }),
      kind: mark.kind,
      text: mark.text ?? '',
      target,
      body: mark.body ?? '',
      author: mark.author ?? PROOFREADER,
      status: 'open',
      round: 1,
      replyTo: null,
      createdAt,
      updatedAt: createdAt,
      decidedBy: null,
      decidedAt: null,
    };
    out.push(annotation);
    (mark.replies ?? []).forEach((reply, r) => {
      const at = new Date(ROUND_START + (index * 4 + r + 1) * 60_000 + 3_600_000).toISOString();
      out.push({ ...annotation, id: `${id}-reply-${r + 1}`, kind: 'comment', text: '', target: null, body: reply.body, author: reply.author, replyTo: id, createdAt: at, updatedAt: at });
    });
  });
  return out;
}

/** How many marks the sample round has (every one is expected to land on the sample page). */
export const SAMPLE_PROOF_MARKS = MARKS.length;

/**
 * Puts the sample round into a database whose stories were made from the sample's (the page
 * desk's "open the sample page" does that): `storyIds` maps the sample's story keys to the ids
 * the stories got there. Returns the marks made (replies included).
 */
export function storeSampleProofRound(store: Store, stories: Readonly<Record<string, StoryFields>>, storyIds: ReadonlyMap<string, string>): Annotation[] {
  const made: Annotation[] = [];
  const idOf = new Map<string, string>();
  store.transaction(() => {
    for (const mark of sampleProofRound(stories)) {
      const storyId = storyIds.get(mark.storyId);
      if (!storyId) continue;
      const replyTo = mark.replyTo === null ? null : (idOf.get(mark.replyTo) ?? null);
      if (mark.replyTo !== null && replyTo === null) continue;
      const created = store.annotations.create({
        storyId,
        ...(replyTo === null ? { anchor: mark.anchor } : {}),
        kind: mark.kind,
        text: mark.text,
        target: mark.target,
        body: mark.body,
        author: mark.author,
        round: mark.round,
        replyTo,
      });
      idOf.set(mark.id, created.id);
      made.push(created);
    }
  });
  return made;
}

import type { Byline } from '../../shared/model/story';

/**
 * Byline grammar of Chinese papers: LABEL NAME [NAME…] [LABEL NAME…], e.g.
 * "本报记者 杜挺勇", "本报记者 宁江东 本报通讯员 郭佳旗", "记者 张三、李四", "本报记者王梦梦".
 * Labels are matched longest first so 本报通讯员 wins over 通讯员.
 */
const LABELS = [
  '本报特约通讯员', '本报首席记者', '本报摄影记者', '本报见习记者', '本报特约记者', '本报通讯员', '本报实习生',
  '特约通讯员', '首席记者', '摄影记者', '见习记者', '特约记者', '本报记者', '全媒体记者', '融媒记者',
  '通讯员', '实习生', '记者', '摄影', '撰稿', '作者', '文/图', '图/文', '文／图', '图／文', '文', '图',
].sort((a, b) => b.length - a.length);

/** Labels that only count when followed by a name in the same token or the next one ("文" alone is not a byline). */
const WEAK_LABELS = new Set(['文', '图', '摄影', '撰稿', '作者']);

/** Words that follow a label without being a person: column names (记者手记), credit verbs (供图). */
const NOT_NAMES = new Set([
  '手记', '调查', '观察', '札记', '感言', '日记', '笔记', '视角', '在线', '来信', '故事', '专访', '连线',
  '供图', '摄影', '报道', '整理', '采写', '撰文',
]);

/** A personal name: 2–4 Han characters, or a transliterated name with a middle dot (阿卜杜·热合曼). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}[·•．]\p{Script=Han}{1,8})$/u;

export function roleOf(label: string): Byline['role'] {
  if (label.includes('通讯员')) return 'correspondent';
  if (label.includes('摄影') || label === '图') return 'photographer';
  if (label.includes('记者')) return 'reporter';
  return 'writer';
}

function splitLabel(token: string): { label: string; rest: string } | null {
  for (const label of LABELS) {
    if (token.startsWith(label)) return { label, rest: token.slice(label.length).replace(/^[：:]/u, '') };
  }
  return null;
}

/**
 * Parses a line that is nothing but bylines; null when any part is not a label or a name,
 * so ordinary sentences that happen to start with 记者 are left alone.
 */
export function parseBylineLine(line: string): Byline[] | null {
  const tokens = line
    .trim()
    .split(/[\s\u3000、，,；;]+/u)
    .filter((token) => token.length > 0);
  if (tokens.length === 0) return null;
  const bylines: Byline[] = [];
  let current: Byline | null = null;
  for (const token of tokens) {
    const labelled = splitLabel(token);
    if (labelled) {
      if (current && current.names.length === 0) return null;
      current = { role: roleOf(labelled.label), label: labelled.label, names: [] };
      bylines.push(current);
      if (labelled.rest.length > 0) {
        if (!NAME.test(labelled.rest) || NOT_NAMES.has(labelled.rest)) return null;
        current.names.push(labelled.rest);
      }
      continue;
    }
    if (!current || !NAME.test(token) || NOT_NAMES.has(token)) return null;
    current.names.push(token);
  }
  if (bylines.some((byline) => byline.names.length === 0)) return null;
  if (bylines.length === 1 && WEAK_LABELS.has(bylines[0]!.label) && tokens.length < 2) return null;
  return bylines;
}

/** "本报讯（记者 张三 通讯员 李四）" at the start of a news paragraph: the bylines inside the brackets. */
export function parseDatelineBylines(paragraph: string): Byline[] | null {
  const match = /^(?:本报|本台|新华社|本刊)?讯[（(]([^）)]{2,40})[）)]/u.exec(paragraph.trim());
  return match ? parseBylineLine(match[1]!) : null;
}

const CREDIT_TAIL = /[\s\u3000]*(?:摄影|摄|供图)$/u;

/**
 * A per-photo credit: "本报记者 杨珂 摄", "张三 摄", "通讯员 李四 供图", "摄影 王五".
 * Returns the credit as printed (spaces collapsed) or null.
 */
export function parsePhotoCredit(line: string): string | null {
  const text = line.trim().replace(/[\s\u3000]+/gu, ' ');
  if (CREDIT_TAIL.test(text)) {
    const who = text.replace(CREDIT_TAIL, '').trim();
    if (who.length === 0) return null;
    if (parseBylineLine(who) || who.split(/[ 、，,]+/u).every((name) => NAME.test(name))) return text;
    return null;
  }
  const leading = /^(?:摄影|图)(?:[：:/／]|\s)\s*(.+)$/u.exec(text);
  if (leading && leading[1]!.split(/[ 、，,]+/u).every((name) => NAME.test(name))) return text;
  return null;
}

/** The shared credit of a photo group in full-width (or ASCII) brackets: "（本栏照片均由本报记者王梦梦摄）". */
export function isSharedCredit(line: string): boolean {
  const text = line.trim();
  return /^[（(【[].{2,60}[）)】\]]$/u.test(text) && /(摄|照片|图片|供图|图\/|图：)/u.test(text);
}

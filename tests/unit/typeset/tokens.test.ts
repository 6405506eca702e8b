import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../shared/typeset/collect';
import { addHyphenation } from '../../../shared/typeset/hyphenate';
import { BREAK_ALLOWED, BREAK_HYPHEN, BREAK_LAST_RESORT, BREAK_MANDATORY, BREAK_TOKEN } from '../../../shared/typeset/prepared';
import { prohibitionRules } from '../../../shared/typeset/prohibition';
import { segment } from '../../../shared/typeset/segment';
import { BODY_STYLE } from '../../../shared/typeset/styles';
import { applyTokenBreaks, findTokens } from '../../../shared/typeset/tokens';
import type { ParagraphLayout } from '../../../shared/typeset/types';
import { newsroomParagraph, type PlacedToken } from './fixtures/generators';
import { paragraphViolations } from './fixtures/line-checks';
import { lines, set } from './fixtures/set';

/**
 * URLs, e-mail addresses, code, product names, prices, measurements, standard numbers and dates
 * (issue 13, item 3): where each may break, goldens of real newsroom sentences in 13-character
 * columns, and properties over generated copy.
 */

const MARK = ['', '|', '‖', '~', '¦', '?'];

/** The text with a mark at every break: | allowed, ¦ inside a token (no hyphen), ~ hyphen, ? last resort. */
function breaks(text: string): string {
  const { atoms } = collect({ runs: [{ text }], style: BODY_STYLE });
  const b = segment(atoms, text, prohibitionRules('gb'));
  const tokens = findTokens(atoms, text);
  applyTokenBreaks(atoms, tokens, b);
  addHyphenation(atoms, b, tokens.kind);
  return atoms.map((a, i) => a.text + (i + 1 < atoms.length ? MARK[b[i + 1]!] : '')).join('');
}

describe('break opportunities in tokens', () => {
  it('uses one mark per break kind', () => {
    expect([BREAK_ALLOWED, BREAK_MANDATORY, BREAK_HYPHEN, BREAK_TOKEN, BREAK_LAST_RESORT]).toEqual([1, 2, 3, 4, 5]);
  });

  it('never hyphenates a URL or an e-mail address; breaks them after / . @ - _ ? & = only', () => {
    expect(breaks('访问www.example.org/news/2024?id=15&lang=zh查询')).toBe(
      '访|问|www.¦ex?a?m?ple.¦org/¦news/¦2024?¦id=¦15&¦lang=¦zh|查|询',
    );
    expect(breaks('press-office@example.com咨询')).toBe('pr?ess-¦of?f?ice@¦ex?a?m?ple.¦com|咨|询');
    expect(breaks('https://example.org/a_b')).toBe('ht?tps://¦ex?a?m?ple.¦org/¦a_¦b');
    expect(breaks('see snake_case_name and foo.bar() calls')).toBe('see |sn?ake_¦case_¦name |and |foo.¦bar() |calls');
  });

  it('does not hyphenate product names or letters glued to digits; their humps are last resorts', () => {
    expect(breaks('用OpenAI和ChatGPT、PowerPoint、iPhone、JavaScript')).toBe(
      '用|OpenAI|和|Chat?GPT、|Power?Point、|iPhone、|Java?Script',
    );
    expect(breaks('the A380neo and characteristically')).toBe('the |A380neo |and |char~ac~ter~is~ti~cally');
  });

  it('keeps standard numbers whole except at their spaces', () => {
    expect(breaks('依据ISO/IEC 27001:2022制定')).toBe('依|据|ISO/IEC |27001:2022|制|定');
    expect(breaks('参照GB/T 15834—2011执行')).toBe('参|照|GB/T |15834—2011|执|行');
    expect(breaks('符合GB 18030-2005')).toBe('符|合|GB |18030-2005');
  });

  it('keeps prices, percentages and measurements with their numbers', () => {
    expect(breaks('售价US$1,399，￥9,999与¥9,999，20%和20％')).toBe('售|价|US$1,399，|￥9,999|与|¥9,999，|20%|和|20％');
    expect(breaks('重5 kg，长3.5 km，US$ 1,399')).toBe('重|5 kg，|长|3.5 km，|US$ 1,399');
  });

  it('keeps dates and times whole, a date-time breaking only at its space as a last resort', () => {
    expect(breaks('时间2024-03-15T09:30:00和2024-03-15 09:30')).toBe('时|间|2024-03-15?T09:30:00|和|2024-03-15 ?09:30');
  });
});

/** Issue 13's examples in the body style at 13 characters (117 pt). */
const SENTENCES = [
  '详情请访问www.example.org/news/2024?id=15&lang=zh查询，或发邮件至press-office@example.com咨询。',
  'OpenAI发布新模型，ChatGPT与iPhone用户均可使用，PowerPoint也已支持。',
  '本标准依据ISO/IEC 27001:2022制定，标点符号用法参照GB/T 15834—2011执行。',
  '新机售价US$1,399，国内售价¥9,999，同比上涨20%，发布时间为2024-03-15 09:30。',
  '市民可登录https://www.example.gov.cn/service办理，客服邮箱为service_desk@example.gov.cn。',
];

const GOLDEN = join(__dirname, 'golden', 'newsroom-token-lines.json');

describe('newsroom tokens in 13-character columns', () => {
  const layouts = SENTENCES.map((text) => set(text, 117));
  const page = SENTENCES.map((text, i) => ({ text, lines: lines(layouts[i]!) }));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(page, null, 2)}\n`);

  it('sets every sentence exactly as reviewed', () => {
    expect(page).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('sets them with no added hyphen, no rule broken and no spread line', () => {
    SENTENCES.forEach((text, i) => {
      const layout = layouts[i]!;
      expect(layout.lines.some((l) => l.hyphenated), text).toBe(false);
      expect(paragraphViolations(text, layout, { em: 9, minLastLine: 2 }), text).toEqual([]);
    });
  });
});

/** Line-end offsets strictly inside a token. */
const breaksInside = (layout: ParagraphLayout, token: PlacedToken): number[] =>
  layout.lines.slice(0, -1).map((l) => l.end).filter((end) => end > token.start && end < token.end);

const AFTER = new Set('/.@-_?&=');

describe('newsroom token properties', () => {
  const seed = Number(process.env.FC_SEED ?? 20261203);

  it('never hyphenates a token and breaks each only where its kind allows', () => {
    fc.assert(
      fc.property(newsroomParagraph, fc.integer({ min: 99, max: 260 }), ({ text, tokens }, w) => {
        const layout = set(text, w);
        expect(paragraphViolations(text, layout, { em: 9, minLastLine: 2, allowLoose: true })).toEqual([]);
        for (const line of layout.lines.filter((l) => l.hyphenated)) {
          expect(tokens.some((t) => line.end > t.start && line.end < t.end), `hyphen inside a token: ${text}`).toBe(false);
        }
        for (const token of tokens) {
          const word = text.slice(token.start, token.end);
          for (const end of breaksInside(layout, token)) {
            const before = text.charAt(end - 1);
            const where = `${word} broken after ${before} at ${w} pt`;
            if (token.kind === 'quantity') expect.fail(where);
            if (token.kind === 'standard') expect(before, where).toBe(' ');
            if (token.kind === 'datetime') {
              expect(before === ' ' || text.charAt(end) === 'T', where).toBe(true);
              expect(layout.quality, where).not.toBe('good');
            }
            if (token.kind === 'name') expect(layout.quality, where).not.toBe('good');
            if (token.kind === 'address' && !AFTER.has(before)) {
              expect(layout.quality, where).not.toBe('good');
              expect(before + text.charAt(end), where).toMatch(/^[A-Za-z0-9]{2}$/);
            }
          }
        }
      }),
      { seed, numRuns: 150 },
    );
  });
});

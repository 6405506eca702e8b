import { describe, expect, it } from 'vitest';
import { collect } from '../../../shared/typeset/collect';
import { BREAK_ALLOWED, BREAK_MANDATORY } from '../../../shared/typeset/prepared';
import { prohibitionRules } from '../../../shared/typeset/prohibition';
import { segment } from '../../../shared/typeset/segment';
import { BODY_STYLE, withStyle } from '../../../shared/typeset/styles';
import type { ProhibitionLevel } from '../../../shared/typeset/prohibition';

/** The text with "|" at every allowed break and "‖" at every mandatory one. */
function breaks(text: string, level: ProhibitionLevel = 'gb'): string {
  const { atoms } = collect({ runs: [{ text }], style: withStyle(BODY_STYLE, { prohibition: level }) });
  const b = segment(atoms, text, prohibitionRules(level));
  return atoms
    .map((a, i) => {
      const kind = b[i + 1];
      const mark = i + 1 === atoms.length ? '' : kind === BREAK_MANDATORY ? '‖' : kind === BREAK_ALLOWED ? '|' : '';
      return a.text.replace('\n', '⏎') + mark;
    })
    .join('');
}

describe('segmentation and prohibitions (clreq §3.1.7)', () => {
  it('allows a break between any two Han characters', () => {
    expect(breaks('近年来沁阳')).toBe('近|年|来|沁|阳');
  });

  it('never starts a line with a pause mark or closing bracket, never ends one with an opening bracket', () => {
    expect(breaks('说：“触角”。')).toBe('说：|“触|角”。');
    expect(breaks('《人民日报》，')).toBe('《人|民|日|报》，');
    expect(breaks('（街道）、')).toBe('（街|道）、');
  });

  it('keeps —— and …… whole, and (gb) never starts a line with them', () => {
    expect(breaks('头盔……”在')).toBe('头|盔……”|在');
    expect(breaks('讲解——下面')).toBe('讲|解——|下|面');
    // basic allows a dash or ellipsis at a line start, but still never splits it.
    expect(breaks('讲解——下面', 'basic')).toBe('讲|解|——|下|面');
  });

  it('does not split numbers such as 1+3+N, 100% and 3.5 or Latin words', () => {
    expect(breaks('“1+3+N”机制')).toBe('“1+3+N”|机|制');
    expect(breaks('率100%。')).toBe('率|100%。');
    expect(breaks('5mm的B超')).toBe('5mm|的|B|超');
  });

  it('breaks English at spaces and after hyphens (UAX #14)', () => {
    expect(breaks('an e-mail here')).toBe('an |e-|mail |here');
  });

  it('makes a hard line break mandatory', () => {
    expect(breaks('压实责任\n延伸')).toBe('压|实|责|任⏎‖延|伸');
  });

  it('keeps interpuncts and postfix symbols off the line start at gb, small kana at strict', () => {
    expect(breaks('马克·吐温')).toBe('马|克·|吐|温');
    expect(breaks('マック・ライン', 'strict')).toBe('マッ|ク・|ラ|イ|ン');
    expect(breaks('マック', 'gb')).toBe('マ|ッ|ク');
  });

  it('does not break at a no-break space', () => {
    expect(breaks('A\u00a0B C')).toBe('A\u00a0B |C');
  });
});

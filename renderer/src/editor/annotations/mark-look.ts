import { authorColor, roundColor, SUGGESTION_KINDS, type Annotation } from '../../../../shared/model/annotation';
import type { ProofMessages } from '../../i18n/messages-proof-en';
import type { MarkLook } from './mark-decorations';

/**
 * Colours: track changes (改正, 删除, 增补 made as suggestions) in the colour of the person who
 * made them, as word processors do; the other proof marks and notes in their round's ink
 * (一校 red, 二校 blue, 三校 green), as on a paper proof.
 */
export function markColor(mark: Pick<Annotation, 'kind' | 'author' | 'round'>): string {
  return SUGGESTION_KINDS.includes(mark.kind) ? authorColor(mark.author) : roundColor(mark.round).hex;
}

export function markLook(p: ProofMessages): MarkLook {
  return {
    color: markColor,
    title: (mark) => {
      const head = `${p.kinds[mark.kind].name} · ${p.round(mark.round)} · ${mark.author}`;
      const text = mark.text && mark.kind !== 'space' ? ` → ${mark.text}` : '';
      return `${head}${text}${mark.body ? `\n${mark.body}` : ''}`;
    },
    widget: (mark) => {
      switch (mark.kind) {
        case 'split':
          return p.widget.split;
        case 'join':
          return p.widget.join;
        case 'move':
          return p.widget.move;
        case 'space':
          return mark.text === '\u3000' || mark.text === '' ? p.widget.space : mark.text;
        default:
          return mark.text;
      }
    },
  };
}

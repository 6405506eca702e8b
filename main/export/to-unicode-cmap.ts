import type { CidGlyph } from './face-usage';

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE in hex, surrogate pairs included (JS strings are UTF-16 already). */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/**
 * A ToUnicode CMap (ISO 32000 §9.10.3) mapping every CID to the exact text its glyph stands
 * for, so copying text out of the PDF gives back the source (…, ①, “”, 《》 and all).
 * Glyphs that stand for no text (the trailing glyphs of a cluster) get no entry.
 */
export function toUnicodeCmap(glyphs: readonly CidGlyph[]): string {
  const entries = glyphs.filter((g) => g.text.length > 0);
  const lines: string[] = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  // At most 100 entries per bfchar block (PostScript operand-stack limit of CMap readers).
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const g of block) lines.push(`<${hex4(g.cid)}> <${utf16Hex(g.text)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return `${lines.join('\n')}\n`;
}

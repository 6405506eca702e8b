import type { DisplayItem, Rect } from '../../shared/model/display-list';

/**
 * Keys for display items by content, so the screen keeps every item it already holds and is
 * sent only the ones a change made new. Two 32-bit multiply-xor hashes run over every field
 * that shows (positions to 1/10 000 pt, glyph ids, text, colours, where a run came from): a
 * structural walk, several times faster than hashing each item's JSON. Equal items get the
 * same hash and a running suffix, so every key on a page is unique.
 */

class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  int(value: number): this {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ value, 1597334677);
    return this;
  }

  num(value: number): this {
    return this.int(Math.round(value * 10_000) | 0).int(Math.floor(value / 200_000));
  }

  str(value: string): this {
    this.int(value.length);
    for (let i = 0; i < value.length; i++) this.int(value.charCodeAt(i));
    return this;
  }

  rect(r: Rect): this {
    return this.num(r.x).num(r.y).num(r.width).num(r.height);
  }

  nums(values: readonly number[]): this {
    for (const v of values) this.num(v);
    return this;
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (4294967296 * (2097151 & h2) + h1).toString(36);
  }
}

function hashItem(item: DisplayItem): string {
  const h = new Hasher();
  switch (item.kind) {
    case 'glyphs': {
      h.int(1).str(item.face).num(item.size).nums(item.color).int(item.overprint ? 1 : 0).num(item.y);
      if (item.vertical) h.int(7);
      for (const g of item.glyphs) {
        h.int(g.gid).num(g.x).int(g.offset).str(g.text);
        if (g.y !== undefined) h.num(g.y).int(g.orient === 'tcy' ? 1 : g.orient === 'rotated' ? 2 : 0);
      }
      const s = item.source;
      if (s) h.str(s.frameId).str(s.storyId ?? '').str(String(s.block)).int(s.line).int(s.column);
      return `g${h.digest()}`;
    }
    case 'image':
      return `i${h.int(2).str(item.assetId).rect(item.clip).rect(item.draw).digest()}`;
    case 'rule':
      return `r${h.int(3).num(item.x1).num(item.y1).num(item.x2).num(item.y2).num(item.width).nums(item.color).digest()}`;
    case 'box':
      h.int(4).rect(item.rect);
      if (item.fill) h.int(5).nums(item.fill);
      if (item.stroke) h.int(6).nums(item.stroke.color).num(item.stroke.width);
      return `b${h.digest()}`;
  }
}

export function itemKeys(items: readonly DisplayItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const hash = hashItem(item);
    const count = seen.get(hash) ?? 0;
    seen.set(hash, count + 1);
    return count ? `${hash}~${count}` : hash;
  });
}

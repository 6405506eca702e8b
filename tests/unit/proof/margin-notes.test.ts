import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMarginNotes, polylinesMeet, segmentsMeet, type MarginLayoutOptions, type NoteRequest } from '../../../shared/proof/margin-notes';

// Margin notes and their leaders: leaders of marks anywhere on the page never cross or touch
// one another (GB/T 14706 §5.3), notes never overlap, and each note sits as near its mark as
// the others allow.

const PAGE = { width: 1105, height: 1545 };
const OPTIONS: MarginLayoutOptions = {
  pageWidth: PAGE.width,
  left: { x: -160, width: 118 },
  right: { x: PAGE.width + 42, width: 118 },
  top: 0,
  bottom: PAGE.height,
  gap: 3,
  separation: 0.9,
  edge: 10,
};

/** A mark on the body-text grid: line boxes 9 pt high every 13 pt, in 8 columns. */
const markArb = fc.record({
  column: fc.integer({ min: 0, max: 7 }),
  line: fc.integer({ min: 0, max: 110 }),
  start: fc.integer({ min: 0, max: 12 }),
  chars: fc.integer({ min: 0, max: 8 }),
  height: fc.integer({ min: 12, max: 40 }),
});

function requests(marks: { column: number; line: number; start: number; chars: number; height: number }[]): NoteRequest[] {
  return marks.map((m, i) => ({
    id: `m${i}`,
    mark: { x: 40 + m.column * 130 + m.start * 9, y: 40 + m.line * 13, width: Math.min(m.chars, 13 - m.start) * 9, height: 9 },
    height: m.height,
  }));
}

function assertWellFormed(notes: ReturnType<typeof layoutMarginNotes>['notes']): void {
  for (let i = 0; i < notes.length; i++) {
    for (let j = i + 1; j < notes.length; j++) {
      const a = notes[i]!;
      const b = notes[j]!;
      expect(polylinesMeet(a.leader, b.leader), `${a.id} and ${b.id}`).toBe(false);
      if (a.side === b.side) {
        const apart = a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
        expect(apart, `notes ${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  }
}

describe('margin notes', () => {
  it('segment test: crossing, touching and apart', () => {
    expect(segmentsMeet({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsMeet({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 })).toBe(true);
    expect(segmentsMeet({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 1 }, { x: 10, y: 1 })).toBe(false);
  });

  it('send each note to the margin on its mark’s side, leaving the mark downwards into the line space', () => {
    const { notes } = layoutMarginNotes(
      [
        { id: 'left', mark: { x: 100, y: 200, width: 18, height: 9 }, height: 20 },
        { id: 'right', mark: { x: 900, y: 200, width: 18, height: 9 }, height: 20 },
      ],
      OPTIONS,
    );
    const left = notes.find((n) => n.id === 'left')!;
    const right = notes.find((n) => n.id === 'right')!;
    expect(left.side).toBe('left');
    expect(left.box.x).toBe(OPTIONS.left.x);
    expect(right.box.x).toBe(OPTIONS.right.x);
    // Down from the mark's bottom, along the line space to the page edge, across to the note.
    expect(right.leader[0]).toEqual({ x: 918, y: 209 });
    expect(right.leader[1]!.x).toBe(918);
    expect(right.leader[1]!.y).toBeGreaterThan(209);
    expect(right.leader[1]!.y).toBeLessThan(213); // within the line space (the next line starts at 213)
    expect(right.leader[2]).toEqual({ x: PAGE.width + OPTIONS.edge, y: right.leader[1]!.y });
    expect(right.leader[3]!.x).toBe(OPTIONS.right.x);
    expect(left.leader[0]!.x).toBe(100); // the end nearest its margin
  });

  it('give several marks on one line stepped runs that do not cross: the one nearest the margin runs highest', () => {
    const line = [300, 500, 700, 900].map((x, i) => ({ id: `m${i}`, mark: { x, y: 400, width: 18, height: 9 }, height: 18 }));
    const { notes } = layoutMarginNotes(line, OPTIONS);
    assertWellFormed(notes);
    const runs = notes.filter((n) => n.side === 'right').sort((a, b) => b.leader[0]!.x - a.leader[0]!.x);
    expect(runs.map((n) => n.leader[1]!.y)).toEqual([...runs.map((n) => n.leader[1]!.y)].sort((a, b) => a - b));
  });

  it('never lets two leaders meet and never overlaps two notes, wherever the marks are', () => {
    fc.assert(
      fc.property(fc.array(markArb, { minLength: 1, maxLength: 40 }), (marks) => {
        const { notes } = layoutMarginNotes(requests(marks), OPTIONS);
        expect(notes).toHaveLength(marks.length);
        assertWellFormed(notes);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the notes of a side in the order of their leaders, inside the page height when they fit', () => {
    fc.assert(
      fc.property(fc.array(markArb, { minLength: 1, maxLength: 30 }), (marks) => {
        const { notes, overflow } = layoutMarginNotes(requests(marks), OPTIONS);
        for (const side of ['left', 'right'] as const) {
          const mine = notes.filter((n) => n.side === side).sort((a, b) => a.box.y - b.box.y);
          const routes = mine.map((n) => n.leader[2]!.y);
          expect(routes).toEqual([...routes].sort((a, b) => a - b));
          const total = mine.reduce((sum, n) => sum + n.box.height + OPTIONS.gap, 0);
          if (total <= PAGE.height) {
            for (const n of mine) expect(n.box.y + n.box.height).toBeLessThanOrEqual(PAGE.height + 1e-6);
          }
        }
        expect(overflow).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('lets notes run past the bottom, in order, when a side has more than the page can hold', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, mark: { x: 900, y: 100 + i * 13, width: 9, height: 9 }, height: 40 }));
    const { notes, overflow } = layoutMarginNotes(many, OPTIONS);
    expect(overflow).toBeGreaterThan(0);
    assertWellFormed(notes);
  });
});

import { describe, expect, it } from 'vitest';
import { dealOut } from '../../../main/pages/deal-out';

/** A page that finishes when the test says so: the order things happen is the test's, not a clock's. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => ((open = resolve), (fail = reject)));
  return { promise, open, fail };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The pages dealt to workers A and B, each page finishing at its gate; who took what, and what finished in which order. */
function dealt(pages: string[]) {
  const gates = pages.map(() => gate<string>());
  const taken: string[] = [];
  const finished: string[] = [];
  const result = dealOut(['A', 'B'], pages, (worker, page, index) => {
    taken.push(`${worker}:${page}`);
    return gates[index]!.promise;
  }, (value, index, done) => finished.push(`${done} ${value} (#${index})`));
  return { gates, taken, finished, result };
}

describe('dealOut: an edition\'s pages dealt to the heavy-work processes', () => {
  it('gives each worker the next page as it is free, reports pages as they finish, returns them in page order', async () => {
    const { gates, taken, finished, result } = dealt(['p1', 'p2', 'p3', 'p4']);
    await settle();
    // One page each to start with, in 版次 order.
    expect(taken).toEqual(['A:p1', 'B:p2']);
    gates[1]!.open('written p2');
    await settle();
    // B was free first: it takes the next page; A is still on p1.
    expect(taken).toEqual(['A:p1', 'B:p2', 'B:p3']);
    gates[0]!.open('written p1');
    await settle();
    expect(taken).toEqual(['A:p1', 'B:p2', 'B:p3', 'A:p4']);
    gates[3]!.open('written p4');
    gates[2]!.open('written p3');
    expect(await result).toEqual(['written p1', 'written p2', 'written p3', 'written p4']);
    expect(finished).toEqual(['1 written p2 (#1)', '2 written p1 (#0)', '3 written p4 (#3)', '4 written p3 (#2)']);
  });

  it('a page that fails stops the dealing: the page in flight finishes, no other starts, and its error is thrown', async () => {
    const { gates, taken, finished, result } = dealt(['p1', 'p2', 'p3', 'p4', 'p5']);
    const outcome = result.then(() => 'resolved', (error: Error) => error.message);
    await settle();
    gates[0]!.fail(new Error('cannot write 第1版 of the edition 2026-11-29: stopped, the work failed (the heavy-work process crashed (SIGSEGV))'));
    await settle();
    let settled = false;
    void outcome.then(() => (settled = true));
    await settle();
    // p2 is still being written: the edition waits for it before it says why it failed.
    expect(settled).toBe(false);
    gates[1]!.open('written p2');
    expect(await outcome).toBe('cannot write 第1版 of the edition 2026-11-29: stopped, the work failed (the heavy-work process crashed (SIGSEGV))');
    expect(taken).toEqual(['A:p1', 'B:p2']);
    expect(finished).toEqual(['1 written p2 (#1)']);
  });

  it('with more workers than pages, the extra ones take nothing', async () => {
    const taken: string[] = [];
    const result = await dealOut(['A', 'B', 'C'], ['p1'], async (worker, page) => (taken.push(`${worker}:${page}`), page.toUpperCase()));
    expect(result).toEqual(['P1']);
    expect(taken).toEqual(['A:p1']);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/export/write-atomic';
import { useDesk } from './hostile-fixtures';

// Item 6 of issue 16: an export killed mid-write leaves ".page.pdf.<pid>.<hex>.tmp" beside the
// target; the next export to that folder removes those of dead processes, and nothing else.

const desk = useDesk();

/** A pid that is certainly dead: a child that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

describe('temporary files of a killed export', () => {
  it('refused: stale temps of dead processes are removed by the next export to the folder; live ones and other files stay', async () => {
    const dir = join(desk.dir, 'exports');
    mkdirSync(dir);
    await writeFileAtomic(join(dir, 'first.pdf'), new Uint8Array([1]));
    const dead = await deadPid();
    const stale = [`.page.pdf.${dead}.0a1b2c3d.tmp`, `.other.pdf.${dead}.deadbeef.tmp`];
    const live = `.page.pdf.${process.ppid}.12345678.tmp`;
    const unrelated = ['.page.pdf.notes.tmp', 'draft.tmp', `page.pdf.${dead}.0a1b2c3d.tmp`];
    for (const name of [...stale, live, ...unrelated]) writeFileSync(join(dir, name), Buffer.alloc(1024 * 1024));
    await writeFileAtomic(join(dir, 'page.pdf'), new Uint8Array([2]));
    const left = readdirSync(dir).sort();
    for (const name of stale) expect(left).not.toContain(name);
    expect(left).toEqual([live, ...unrelated, 'first.pdf', 'page.pdf'].sort());
  });

  it('accepted: a folder with nothing stale is left as it was', async () => {
    const dir = join(desk.dir, 'clean');
    mkdirSync(dir);
    await writeFileAtomic(join(dir, 'a.pdf'), new Uint8Array([1]));
    await writeFileAtomic(join(dir, 'b.pdf'), new Uint8Array([1]));
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
  });
});

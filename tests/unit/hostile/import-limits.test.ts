import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReporterFile } from '../../../main/import/read-reporter-file';
import { cli, oneLine, useDesk } from './hostile-fixtures';
import { DOCX_BOMBS, docx } from './zip-bombs';

// Item 1 of issue 16: what an import may expand to is checked while the file is read.

const desk = useDesk();

describe('reporter copy past the import limits', () => {
  it.each(DOCX_BOMBS)('refused: a .docx with %s', async (_name, make, reason) => {
    const bytes = make();
    await expect(readReporterFile('bomb.docx', bytes)).rejects.toThrow(reason);
    const outcome = await desk.call('import.files', { files: [{ name: 'bomb.docx', base64: Buffer.from(bytes).toString('base64') }] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('bad-file');
      expect(outcome.error.message).toMatch(/^Cannot import "bomb\.docx": /u);
      expect(oneLine(outcome.error.message)).toBe(true);
    }
    expect(desk.store.stories.list({})).toEqual([]);
  });

  it.each([
    ['60 000 lines', () => '一行\n'.repeat(60_000), /60001 paragraphs/u],
    ['one story of 250 000 characters', () => `标题\n\n${'字'.repeat(250_000)}\n`, /has 250\d{3} characters/u],
  ])('refused: a text file of %s', async (_name, make, reason) => {
    await expect(readReporterFile('copy.txt', new TextEncoder().encode(make()))).rejects.toThrow(reason);
  });

  it('refused: the CLI exits 1 with one line for a ZIP bomb, and the database stays empty', async () => {
    const file = join(desk.dir, 'bomb.docx');
    writeFileSync(file, DOCX_BOMBS[2]![1]());
    const result = await cli('import', file, '--db', join(desk.dir, 'import.db'));
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(true);
    expect(result.err).toContain('expands past');
    expect((await cli('articles', '--db', join(desk.dir, 'import.db'), '--json')).out.trim()).toBe('[]');
  });

  it('accepted: a long but real .docx (2 000 paragraphs)', async () => {
    const stories = await readReporterFile('long.docx', docx('<w:p><w:r><w:t>记者采访了多位居民，了解社区服务的新变化。</w:t></w:r></w:p>', 2000));
    expect(stories.length).toBeGreaterThan(0);
  });
});

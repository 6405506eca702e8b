import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { samplePageDocument } from '../sample/sample-page';
import type { CliIo } from './cli-context';

export const SAMPLE_PAGE_USAGE = 'sample-page [--out FILE]';

/**
 * The built-in sample page as a page file. On stdout its photo paths are absolute (the file can
 * be saved anywhere); with --out they are relative to the file's folder.
 */
export async function samplePageCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  if (values.out) {
    const path = resolve(values.out);
    const doc = await samplePageDocument({ relativeTo: dirname(path) });
    await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
    io.err(`wrote ${path}\n`);
  } else {
    io.out(`${JSON.stringify(await samplePageDocument(), null, 2)}\n`);
  }
  return 0;
}

import { basename } from 'node:path';
import { BanmianError } from '../../shared/ipc/result';
import { InputFileError, readInputFile } from '../files/read-input-file';
import { importFiles, type IncomingFile } from '../import/import-service';
import { withStore } from './with-store';
import { printJson, requireDb, type CliContext } from './cli-context';

export async function importCommand(ctx: CliContext): Promise<number> {
  const db = requireDb(ctx);
  if (ctx.args.length === 0) throw new BanmianError('invalid-input', 'name at least one file to import');
  const files: IncomingFile[] = [];
  for (const path of ctx.args) {
    try {
      files.push({ name: basename(path), bytes: await readInputFile(path) });
    } catch (error) {
      throw new BanmianError('bad-file', `cannot read ${path}: ${error instanceof InputFileError ? error.reason : (error as Error).message}`);
    }
  }
  const result = await withStore(db, (store) =>
    importFiles(store, files, (done, total) => {
      if (total > 1 && !ctx.json) ctx.io.err(`imported ${done}/${total} files\r`);
    }),
  );
  if (ctx.json) printJson(ctx, result.stories.map(({ id, headline }) => ({ id, headline })));
  else for (const story of result.stories) ctx.io.out(`${story.id}\n`);
  return 0;
}

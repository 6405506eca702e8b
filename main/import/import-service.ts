import type { ImportResult } from '../../shared/ipc/contract-types';
import type { StoryFields } from '../../shared/model/story';
import type { Store } from '../store/store-types';
import { runHeavy } from '../isolation/heavy-work';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads every file before writing anything, then creates all stories in one transaction:
 * one bad file means a clear error and nothing imported, never half a batch. Each file is read
 * (readReporterFile) in the heavy-work process: a file that still exhausts it fails alone.
 */
export async function importFiles(
  store: Store,
  files: IncomingFile[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const parsed: Array<{ fileName: string; fields: StoryFields }> = [];
  for (const [index, file] of files.entries()) {
    for (const fields of await runHeavy('import.read', file, `Cannot import "${file.name}"`)) parsed.push({ fileName: file.name, fields });
    onProgress?.(index + 1, files.length);
  }
  const stories = store.stories.createMany(parsed.map((entry) => entry.fields));
  return {
    stories: stories.map((story, index) => ({
      id: story.id,
      headline: story.headline,
      fileName: parsed[index]!.fileName,
      flags: story.flags,
    })),
  };
}

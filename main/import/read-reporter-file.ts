import { extname } from 'node:path';
import { BanmianError } from '../../shared/ipc/result';
import type { StoryFields } from '../../shared/model/story';
import { decodeReporterText } from './decode-reporter-text';
import { linesFromDocx } from './docx-lines';
import { isZip, knownBinaryKind } from './file-signatures';
import { parseReporterText, parseSourceLines } from './parse-reporter-text';

export { decodeReporterText } from './decode-reporter-text';
export { parseReporterText } from './parse-reporter-text';

function badFile(fileName: string, problem: string): BanmianError {
  return new BanmianError('bad-file', `Cannot import "${fileName}": ${problem}`);
}

async function readDocx(fileName: string, bytes: Uint8Array, isDocxName: boolean): Promise<StoryFields[]> {
  let lines;
  try {
    lines = await linesFromDocx(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const what = isDocxName ? 'it is not a readable Word (.docx) document' : 'it is a ZIP archive but not a readable Word (.docx) document';
    throw badFile(fileName, `${what} (${reason}).`);
  }
  return parseSourceLines(lines);
}

/**
 * Reads one file of reporter copy into stories. The type is decided by extension and content
 * together: a ZIP archive (PK…) is read as .docx whatever its name, a file named .docx must be
 * one, anything else is decoded as text (see decodeReporterText). Every failure is a
 * BanmianError('bad-file') whose message names the file and says what is wrong; nothing is
 * returned for a bad file, so the caller never imports part of it.
 */
export async function readReporterFile(fileName: string, bytes: Uint8Array): Promise<StoryFields[]> {
  if (bytes.length === 0) throw badFile(fileName, 'the file is empty.');
  const isDocxName = extname(fileName).toLowerCase() === '.docx';
  let stories: StoryFields[];
  if (isZip(bytes)) {
    stories = await readDocx(fileName, bytes, isDocxName);
  } else if (isDocxName) {
    const kind = knownBinaryKind(bytes);
    throw badFile(fileName, `it is named .docx but is ${kind ?? 'not a Word document'} (a .docx file is a ZIP archive).`);
  } else {
    stories = parseReporterText(decodeReporterText(bytes, fileName).text);
  }
  if (stories.length === 0) throw badFile(fileName, 'it contains no text, only blank lines.');
  return stories;
}

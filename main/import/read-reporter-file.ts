import { extname } from 'node:path';
import { BanmianError } from '../../shared/ipc/result';
import { blockText, type StoryFields } from '../../shared/model/story';
import { decodeReporterText } from './decode-reporter-text';
import { linesFromDocx } from './docx-lines';
import { checkDocxZip } from './docx-zip-check';
import { checkParagraphs, IMPORT_LIMITS, ImportLimitError } from './import-limits';
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
    checkDocxZip(bytes);
    lines = await linesFromDocx(bytes);
  } catch (error) {
    if (error instanceof ImportLimitError) throw badFile(fileName, `${error.message}.`);
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
 * BanmianError('bad-file') whose message names the file and says what is wrong (a limit of
 * import-limits.ts crossed while reading says which); nothing is
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
    const text = decodeReporterText(bytes, fileName).text;
    try {
      checkParagraphs(lineCount(text));
    } catch (error) {
      throw badFile(fileName, `${(error as Error).message}.`);
    }
    stories = parseReporterText(text);
  }
  if (stories.length === 0) throw badFile(fileName, 'it contains no text, only blank lines.');
  stories.forEach((story, index) => {
    const chars = story.body.reduce((sum, block) => sum + blockText(block).length, 0);
    if (chars > IMPORT_LIMITS.storyChars) throw badFile(fileName, `story ${index + 1} has ${chars} characters (at most ${IMPORT_LIMITS.storyChars}).`);
  });
  return stories;
}

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReporterFile } from '../../../main/import/read-reporter-file';
import { BanmianError } from '../../../shared/ipc/result';
import { blockText } from '../../../shared/model/story';
import { encodeGb18030, encodeUtf16 } from './gb18030-encode';
import { makeDocx, zip, type DocxParagraph } from './make-docx';

const sample = readFileSync(new URL('../../../../shared/samples/seed-page.txt', import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

async function badFileError(fileName: string, bytes: Uint8Array): Promise<BanmianError> {
  const error: unknown = await readReporterFile(fileName, bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BanmianError);
  const banmian = error as BanmianError;
  expect(banmian.code).toBe('bad-file');
  expect(banmian.message).toContain(`"${fileName}"`);
  return banmian;
}

/** Deterministic "random" bytes (xorshift), so a failure can be replayed. */
function noise(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

describe('readReporterFile: encodings give the same stories', () => {
  it('reads the UTF-8 sample into its five stories', async () => {
    const stories = await readReporterFile('seed-page.txt', utf8(sample));
    expect(stories.map((s) => s.headline)).toContain('朱光丽：用爱缔造生命奇迹');
    expect(stories).toHaveLength(5);
  });

  it('reads GB18030/GBK copy exactly like UTF-8', async () => {
    const expected = await readReporterFile('seed-page.txt', utf8(sample));
    const gb = encodeGb18030(sample);
    expect(gb.length).toBeLessThan(utf8(sample).length); // really two bytes per Han character
    expect(await readReporterFile('seed-page-gbk.txt', gb)).toEqual(expected);
  });

  it('reads UTF-16 LE and BE with a byte-order mark, UTF-8 with a BOM and CRLF line ends alike', async () => {
    const expected = await readReporterFile('seed-page.txt', utf8(sample));
    expect(await readReporterFile('le.txt', encodeUtf16(sample, 'le', true))).toEqual(expected);
    expect(await readReporterFile('be.txt', encodeUtf16(sample, 'be', true))).toEqual(expected);
    expect(await readReporterFile('bom.txt', utf8(`\ufeff${sample}`))).toEqual(expected);
    expect(await readReporterFile('crlf.txt', utf8(sample.replace(/\n/g, '\r\n')))).toEqual(expected);
  });
});

describe('readReporterFile: bad files get a clear error naming the file', () => {
  it('refuses an empty file and a file of blank lines', async () => {
    expect((await badFileError('empty.txt', new Uint8Array())).message).toMatch(/empty/);
    expect((await badFileError('blank.txt', utf8('\n  \r\n\u3000\n'))).message).toMatch(/no text/);
  });

  it('refuses a PNG, whatever it is called, saying what it is', async () => {
    expect((await badFileError('photo.png', PNG)).message).toMatch(/PNG image/);
    expect((await badFileError('copy.txt', PNG)).message).toMatch(/PNG image/);
  });

  it('refuses random bytes named .txt', async () => {
    for (const seed of [1, 2, 3]) {
      const error = await badFileError(`noise-${seed}.txt`, noise(2048, seed * 7919));
      expect(error.message).toMatch(/binary|not text/);
    }
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', async () => {
    // 0x80 is a lone continuation byte in UTF-8 and unassigned as a GB18030 lead byte.
    const error = await badFileError('latin.txt', new Uint8Array([0x41, 0x80, 0x42, 0x80, 0x43]));
    expect(error.message).toMatch(/UTF-8.*GB18030/);
  });

  it('refuses a broken .docx: truncated, not a Word document inside, or not a ZIP at all', async () => {
    const good = makeDocx([{ runs: ['标题'] }]);
    expect((await badFileError('cut.docx', good.subarray(0, 60))).message).toMatch(/not a readable Word/);
    expect((await badFileError('other.docx', zip({ 'hello.txt': '你好' }))).message).toMatch(/not a readable Word/);
    expect((await badFileError('text.docx', utf8('这不是Word文档'))).message).toMatch(/named \.docx/);
  });
});

describe('readReporterFile: .docx', () => {
  it('imports a Word document: headline, byline, bold lead-in kept bold, two paragraphs', async () => {
    const bytes = makeDocx([
      { runs: ['春运首日车站秩序井然'] },
      { runs: ['本报记者 张三 李四'] },
      { runs: [{ bold: '安全保障到位。' }, '车站增派', '人员，开通绿色通道。'] },
      { runs: ['旅客有序进站，秩序井然。'] },
    ]);
    const stories = await readReporterFile('chunyun.docx', bytes);
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story?.headline).toBe('春运首日车站秩序井然');
    expect(story?.bylines).toEqual([{ role: 'reporter', label: '本报记者', names: ['张三', '李四'] }]);
    expect(story?.body).toEqual([
      { type: 'paragraph', children: [{ text: '安全保障到位。', bold: true }, { text: '车站增派人员，开通绿色通道。' }] },
      { type: 'paragraph', children: [{ text: '旅客有序进站，秩序井然。' }] },
    ]);
    expect(story?.flags).toEqual([]);
  });

  it('reads a .docx by its content even when it is named .txt', async () => {
    const bytes = makeDocx([{ runs: ['标题一行'] }, { runs: ['正文第一段。'] }]);
    const [story] = await readReporterFile('renamed.txt', bytes);
    expect(story?.headline).toBe('标题一行');
    expect(story?.body.map(blockText)).toEqual(['正文第一段。']);
  });

  it('reads the sample typed into Word (blank lines as empty paragraphs) like the text file', async () => {
    const paragraphs: DocxParagraph[] = sample.split('\n').map((line) => ({ runs: line ? [line] : [] }));
    const fromDocx = await readReporterFile('seed-page.docx', makeDocx(paragraphs));
    expect(fromDocx).toEqual(await readReporterFile('seed-page.txt', utf8(sample)));
  });

  it('takes a Word heading as the headline however long it is', async () => {
    const long = '这是一个超过三十个字的很长很长的标题用来检查标题样式是否被当作主题而不是正文段落';
    const bytes = makeDocx([{ runs: [long], heading: true }, { runs: ['正文。'] }]);
    const [story] = await readReporterFile('long.docx', bytes);
    expect(story?.headline).toBe(long);
    expect(story?.body.map(blockText)).toEqual(['正文。']);
  });
});

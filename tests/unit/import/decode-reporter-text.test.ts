import { describe, expect, it } from 'vitest';
import { decodeReporterText } from '../../../main/import/decode-reporter-text';
import { BanmianError } from '../../../shared/ipc/result';
import { encodeGb18030, encodeUtf16 } from './gb18030-encode';

const COPY = '沁阳市：凝聚合力构建新兴领域党建新格局\n\n本报记者 杜挺勇\n\n覆盖率100%。“线上+线下”相结合……';

function refusal(bytes: Uint8Array): string {
  try {
    decodeReporterText(bytes, 'copy.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(BanmianError);
    expect((error as BanmianError).code).toBe('bad-file');
    return (error as BanmianError).message;
  }
  throw new Error('decoded what it should have refused');
}

describe('decodeReporterText', () => {
  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    const bytes = new TextEncoder().encode(COPY);
    expect(decodeReporterText(bytes)).toEqual({ text: COPY, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeReporterText(withBom)).toEqual({ text: COPY, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeReporterText(encodeUtf16(COPY, 'le', true))).toEqual({ text: COPY, encoding: 'utf-16le', bom: true });
    expect(decodeReporterText(encodeUtf16(COPY, 'be', true))).toEqual({ text: COPY, encoding: 'utf-16be', bom: true });
  });

  it('recognises mostly-ASCII UTF-16 without a byte-order mark by its zero bytes', () => {
    const text = 'Banmian 2024: 版面 page 3, column 2.\nSecond line of copy.\n';
    expect(decodeReporterText(encodeUtf16(text, 'le', false))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeReporterText(encodeUtf16(text, 'be', false))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('detects GBK/GB18030 copy and converts it', () => {
    const gb = encodeGb18030(COPY);
    expect(decodeReporterText(gb)).toEqual({ text: COPY, encoding: 'gb18030', bom: false });
  });

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeReporterText(new TextEncoder().encode('Headline\n\nBody.'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('refuses empty, binary and undecodable bytes with the file name in the message', () => {
    expect(refusal(new Uint8Array())).toMatch(/"copy\.txt".*empty/);
    expect(refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toMatch(/PDF document/);
    expect(refusal(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43, 0x44, 0x00, 0x01]))).toMatch(/binary/);
    expect(refusal(new TextEncoder().encode('text\x01\x02\x03\x04\x05\x06 more'))).toMatch(/control characters/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toMatch(/UTF-16LE byte-order mark/);
    expect(refusal(new Uint8Array([0xc4, 0xe3, 0xff, 0xff, 0x80]))).toMatch(/not text in any encoding/);
  });
});

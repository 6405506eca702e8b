import { describe, expect, it } from 'vitest';
import { encodeBase64, isImportable } from '../../../../renderer/src/ui/file-encoding';

describe('encodeBase64', () => {
  it('encodes a file larger than one chunk exactly as Node does', () => {
    const bytes = new Uint8Array(300_001);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) & 0xff;
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('round-trips UTF-8 Chinese copy', () => {
    const text = '本报记者 杜挺勇\n沁阳市：凝聚合力构建新兴领域党建新格局';
    const encoded = encodeBase64(new TextEncoder().encode(text));
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(text);
  });

  it('encodes an empty file as an empty string', () => {
    expect(encodeBase64(new Uint8Array())).toBe('');
  });
});

describe('isImportable', () => {
  it('accepts reporter copy as .txt and .docx in any case', () => {
    expect(isImportable('稿件.txt')).toBe(true);
    expect(isImportable('COPY.DOCX')).toBe(true);
  });

  it('refuses other files before they are sent', () => {
    expect(isImportable('photo.jpg')).toBe(false);
    expect(isImportable('old.doc')).toBe(false);
    expect(isImportable('txt')).toBe(false);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFaces, faceInfo } from '../../../main/fonts/font-catalogue';

describe('font catalogue', () => {
  it('finds every bundled face on disk', () => {
    const faces = [...bundledFaces().values()];
    expect(faces.length).toBe(17);
    for (const face of faces) expect(existsSync(face.path), face.path).toBe(true);
  });

  it('names an unknown face and lists the known ones', () => {
    expect(() => faceInfo('times-400')).toThrow(/Unknown font face "times-400".*noto-serif-sc-400/);
  });
});

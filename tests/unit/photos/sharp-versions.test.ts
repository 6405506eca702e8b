import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { libvipsPackageVersion, sharpPackageVersion } from '../../../main/photos/sharp-versions';

// The cached conversions are named by sharp's and libvips's versions (print-conversion.ts); read from the
// packages' files they must be the versions the loaded module reports, or the cache would be keyed wrongly.
describe('sharp’s and libvips’s versions without loading sharp', () => {
  it('are the versions the loaded native module reports', () => {
    expect(sharpPackageVersion()).toBe(sharp.versions.sharp);
    // This machine has the prebuilt libvips package, so the files tell.
    expect(libvipsPackageVersion()).toBe(sharp.versions.vips);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * sharp's and libvips's versions read from their packages' files, without loading the native
 * module: a cold `compose` of a page whose photos were converted before only needs them to name
 * the cached conversions, and loading sharp (dlopen of libvips and its libraries) cost the heavy
 * process ~0.1 s CPU for that. Answers only when it can be sure which libvips sharp would load.
 */

interface PackageJson {
  version: string;
  optionalDependencies?: Record<string, string>;
}

let packageVersions: { sharp: string; vips: string | undefined } | null | undefined;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * sharp's version from its package.json, and libvips's from the prebuilt libvips package of this
 * platform (its versions.json) when sharp would load that one: sharp's own build from source
 * (src/build/Release) and the WebAssembly build take precedence or stand in, so with either
 * present, or no single prebuilt package for this platform, the libvips version is unknown here.
 */
function readPackageVersions(): { sharp: string; vips: string | undefined } | null {
  try {
    const require = createRequire(__filename);
    const sharpDir = join(dirname(require.resolve('sharp')), '..');
    const sharp = readJson<PackageJson>(join(sharpDir, 'package.json'));
    const fromSharp = createRequire(join(sharpDir, 'package.json'));
    const resolves = (id: string) => {
      try {
        fromSharp.resolve(id);
        return true;
      } catch {
        return false;
      }
    };
    const platform = new RegExp(`^@img/sharp-libvips-${process.platform}(musl)?-${process.arch}$`, 'u');
    const libvips = Object.keys(sharp.optionalDependencies ?? {})
      .filter((name) => platform.test(name))
      // `/package` and `/versions`: the subpaths these packages export.
      .filter((name) => resolves(`${name}/package`) && resolves(`${name.replace('sharp-libvips-', 'sharp-')}/package`));
    const ownBuild = existsSync(join(sharpDir, 'src', 'build', 'Release'));
    if (libvips.length !== 1 || ownBuild || resolves('@img/sharp-wasm32/package')) return { sharp: sharp.version, vips: undefined };
    const vips = readJson<{ vips?: string }>(fromSharp.resolve(`${libvips[0]}/versions`)).vips;
    return { sharp: sharp.version, vips };
  } catch {
    return null;
  }
}

/** sharp's version, or undefined when sharp is not installed where this module finds it. */
export function sharpPackageVersion(): string | undefined {
  packageVersions ??= readPackageVersions();
  return packageVersions?.sharp;
}

/** libvips's version as `sharp.versions.vips` gives it, or undefined when only loading sharp can tell. */
export function libvipsPackageVersion(): string | undefined {
  packageVersions ??= readPackageVersions();
  return packageVersions?.vips;
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The bundled faces: full TrueType Noto Serif SC (宋体 for body) and Noto Sans SC (黑体 for
 * headlines) from the @expo-google-fonts packages (SIL OFL), and the fallback faces for
 * characters they lack (CJK Extension B–H) from resources/fonts (see its README for their
 * licences). A face id names family and weight, e.g. "noto-serif-sc-400"; the display list and
 * the typesetter speak only in ids (shared/typeset/fallback.ts names the fallback chain).
 */
export interface FaceInfo {
  id: string;
  family: 'noto-serif-sc' | 'noto-sans-sc' | 'hanamin' | 'babelstone-han';
  /** Family name as a reader sees it. */
  familyName: string;
  weight: number;
  /** PostScript name used in the PDF. */
  postscriptName: string;
  path: string;
  /** A face the typesetter falls back to, not one a style names: it has no Latin or common hanzi. */
  fallback?: true;
}

const WEIGHT_NAMES: Record<number, string> = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
  900: 'Black',
};

const FAMILIES = {
  'noto-serif-sc': { pkg: '@expo-google-fonts/noto-serif-sc', file: 'NotoSerifSC', name: 'Noto Serif SC', weights: [200, 300, 400, 500, 600, 700, 800, 900] },
  'noto-sans-sc': { pkg: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC', name: 'Noto Sans SC', weights: [100, 200, 300, 400, 500, 600, 700, 800, 900] },
} as const;

const requireFromHere = createRequire(__filename);

function packageDir(pkg: string): string {
  return dirname(requireFromHere.resolve(`${pkg}/package.json`));
}

/** Fallback faces, files in resources/fonts (serif: they stand in for 宋体 and 黑体 alike). */
const FALLBACK_FACES: readonly Omit<FaceInfo, 'path'>[] = [
  { id: 'hanamin-b', family: 'hanamin', familyName: 'HanaMinB', weight: 400, postscriptName: 'HanaMinB', fallback: true },
  { id: 'babelstone-han-plane3', family: 'babelstone-han', familyName: 'BabelStone Han', weight: 400, postscriptName: 'BabelStoneHan', fallback: true },
];
const FALLBACK_FILES: Record<string, string> = { 'hanamin-b': 'HanaMinB.ttf', 'babelstone-han-plane3': 'BabelStoneHan-Plane3.ttf' };

/** resources/fonts of the checkout or the installed app, found by walking up from this module (as the sample is). */
function fallbackFontDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, 'HanaMinB.ttf'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(__dirname, 'resources', 'fonts'); // opening it then names the missing file
    dir = parent;
  }
}

let catalogue: Map<string, FaceInfo> | undefined;

export function bundledFaces(): Map<string, FaceInfo> {
  if (catalogue) return catalogue;
  catalogue = new Map();
  for (const [family, spec] of Object.entries(FAMILIES) as [FaceInfo['family'], (typeof FAMILIES)[keyof typeof FAMILIES]][]) {
    const dir = packageDir(spec.pkg);
    for (const weight of spec.weights) {
      const weightName = WEIGHT_NAMES[weight]!;
      const id = `${family}-${weight}`;
      catalogue.set(id, {
        id,
        family,
        familyName: spec.name,
        weight,
        postscriptName: `${spec.file}-${weightName}`,
        path: join(dir, `${weight}${weightName}`, `${spec.file}_${weight}${weightName}.ttf`),
      });
    }
  }
  const fontDir = fallbackFontDir();
  for (const face of FALLBACK_FACES) catalogue.set(face.id, { ...face, path: join(fontDir, FALLBACK_FILES[face.id]!) });
  return catalogue;
}

export function faceInfo(id: string): FaceInfo {
  const face = bundledFaces().get(id);
  if (!face) throw new Error(`Unknown font face "${id}". Known faces: ${[...bundledFaces().keys()].join(', ')}`);
  return face;
}

/** A fallback face (fallback.ts's chain): it holds only rare ideographs, so the screen gets no base part of it. */
export function isFallbackFace(id: string): boolean {
  return bundledFaces().get(id)?.fallback === true;
}

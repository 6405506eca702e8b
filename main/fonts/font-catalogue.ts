import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The bundled faces: full TrueType Noto Serif SC (宋体 for body) and Noto Sans SC (黑体 for
 * headlines), and their Traditional Chinese cuts Noto Serif TC / Noto Sans TC (zh-Hant stories;
 * their 。，、；：！？ are centred, the Taiwan/Hong Kong style), from the @expo-google-fonts packages
 * (SIL OFL); from resources/fonts (see its README for the licences) LXGW WenKai (霞鹜文楷, a 楷体
 * for bylines, captions and quotes) and the fallback faces for characters the others lack (CJK
 * Extension B–H). A face id names family and weight, e.g. "noto-serif-sc-400"; the display list and
 * the typesetter speak only in ids (shared/typeset/fallback.ts names the fallback chain).
 */
export interface FaceInfo {
  id: string;
  family: 'noto-serif-sc' | 'noto-sans-sc' | 'noto-serif-tc' | 'noto-sans-tc' | 'lxgw-wenkai' | 'hanamin' | 'babelstone-han';
  /** How the face's strokes look: 宋 (serif), 黑 (sans), 楷 (brush). The PDF's FontDescriptor flags follow it. */
  design: 'serif' | 'sans' | 'kai';
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
  // Traditional Chinese: the two weights the styles name (body, bold lead-ins, subheads, headlines).
  'noto-serif-tc': { pkg: '@expo-google-fonts/noto-serif-tc', file: 'NotoSerifTC', name: 'Noto Serif TC', weights: [400, 700] },
  'noto-sans-tc': { pkg: '@expo-google-fonts/noto-sans-tc', file: 'NotoSansTC', name: 'Noto Sans TC', weights: [400, 700] },
} as const;

const requireFromHere = createRequire(__filename);

function packageDir(pkg: string): string {
  return dirname(requireFromHere.resolve(`${pkg}/package.json`));
}

/** Faces in resources/fonts: the 楷体, and the fallback faces (serif: they stand in for 宋体 and 黑体 alike). */
const RESOURCE_FACES: readonly Omit<FaceInfo, 'path'>[] = [
  { id: 'lxgw-wenkai-400', family: 'lxgw-wenkai', design: 'kai', familyName: 'LXGW WenKai', weight: 400, postscriptName: 'LXGWWenKai-Regular' },
  { id: 'hanamin-b', family: 'hanamin', design: 'serif', familyName: 'HanaMinB', weight: 400, postscriptName: 'HanaMinB', fallback: true },
  { id: 'babelstone-han-plane3', family: 'babelstone-han', design: 'serif', familyName: 'BabelStone Han', weight: 400, postscriptName: 'BabelStoneHan', fallback: true },
];
const RESOURCE_FILES: Record<string, string> = {
  'lxgw-wenkai-400': 'LXGWWenKai-Regular.ttf',
  'hanamin-b': 'HanaMinB.ttf',
  'babelstone-han-plane3': 'BabelStoneHan-Plane3.ttf',
};

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
        design: family.startsWith('noto-sans') ? 'sans' : 'serif',
        familyName: spec.name,
        weight,
        postscriptName: `${spec.file}-${weightName}`,
        path: join(dir, `${weight}${weightName}`, `${spec.file}_${weight}${weightName}.ttf`),
      });
    }
  }
  const fontDir = fallbackFontDir();
  for (const face of RESOURCE_FACES) catalogue.set(face.id, { ...face, path: join(fontDir, RESOURCE_FILES[face.id]!) });
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

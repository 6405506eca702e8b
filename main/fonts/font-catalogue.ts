import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The bundled faces: full TrueType Noto Serif SC (宋体 for body) and Noto Sans SC (黑体 for
 * headlines) from the @expo-google-fonts packages (SIL OFL). A face id names family and
 * weight, e.g. "noto-serif-sc-400"; the display list and the typesetter speak only in ids.
 */
export interface FaceInfo {
  id: string;
  family: 'noto-serif-sc' | 'noto-sans-sc';
  /** Family name as a reader sees it. */
  familyName: string;
  weight: number;
  /** PostScript name used in the PDF. */
  postscriptName: string;
  path: string;
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
  return catalogue;
}

export function faceInfo(id: string): FaceInfo {
  const face = bundledFaces().get(id);
  if (!face) throw new Error(`Unknown font face "${id}". Known faces: ${[...bundledFaces().keys()].join(', ')}`);
  return face;
}

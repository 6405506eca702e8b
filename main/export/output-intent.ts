import { PDFName, type PDFRef } from 'pdf-lib';
import type { PressSetup } from '../photos/press-conversion';
import type { PdfObjects } from './pdf-objects';
import { pdfText } from './pdf-text';

/**
 * The printing condition the CMYK values are meant for. PDF/X-1a lets a file name a
 * condition registered at the ICC (http://www.color.org) instead of embedding its profile.
 */
export interface OutputIntentSpec {
  /** Registered reference name, e.g. "WAN-IFRAnewspaper26v5". */
  identifier: string;
  /** Human-readable condition. */
  condition: string;
  info: string;
  registryName: string;
  /** A CMYK ICC output profile to embed as DestOutputProfile (optional for a registered condition). */
  iccProfile?: Uint8Array;
}

/** WAN-IFRA's characterisation of coldset offset on standard newsprint (ISO 12647-3:2013). */
export const WAN_IFRA_NEWSPAPER_26V5: OutputIntentSpec = {
  identifier: 'WAN-IFRAnewspaper26v5',
  condition: 'Coldset offset printing on standard newsprint (ISO 12647-3:2013), WAN-IFRA newspaper 26v5',
  info: 'WAN-IFRAnewspaper26v5: coldset offset, standard newsprint, ISO 12647-3:2013',
  registryName: 'http://www.color.org',
};

export function writeOutputIntent(objects: PdfObjects, spec: OutputIntentSpec): PDFRef {
  const profile = spec.iccProfile ? objects.flateStream(spec.iccProfile, { N: 4 }) : undefined;
  objects.note(`${spec.identifier}\u0000${spec.condition}`);
  return objects.register({
    Type: 'OutputIntent',
    S: PDFName.of('GTS_PDFX'),
    OutputConditionIdentifier: pdfText(spec.identifier),
    OutputCondition: pdfText(spec.condition),
    RegistryName: pdfText(spec.registryName),
    Info: pdfText(spec.info),
    DestOutputProfile: profile,
  });
}

/**
 * The output intent for a newsroom's press: the registered characterisation it names and, when
 * the printer supplied one, its ICC profile as DestOutputProfile (the profile photos were
 * separated through, so the file says exactly what its CMYK values are meant for).
 */
export function pressOutputIntent(setup: PressSetup): OutputIntentSpec {
  const { condition } = setup.press;
  const base: OutputIntentSpec =
    condition === WAN_IFRA_NEWSPAPER_26V5.identifier
      ? { ...WAN_IFRA_NEWSPAPER_26V5 }
      : { identifier: condition, condition: `Characterised printing condition ${condition}`, info: condition, registryName: 'http://www.color.org' };
  return setup.profile ? { ...base, iccProfile: setup.profile } : base;
}

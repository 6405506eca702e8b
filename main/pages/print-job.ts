import type { PageDocument } from '../../shared/model/page';
import type { PressProfile } from '../../shared/model/press';
import { deserializeError, type PrintJob, type PrintResult } from '../isolation/heavy-protocol';
import { runHeavy } from '../isolation/heavy-work';
import { storedPhotoPaths } from '../photos/page-photos';
import type { Store } from '../store/store-types';
import { resolvePageStories } from './page-stories';

/**
 * A page composed for print — preflight, the set lines, the PDF — in the heavy-work process
 * (main/isolation): the store is read here, in the calling thread (the page's stories inlined,
 * its stored photos' files named), and the heavy process gets plain data. The same composeDocument and
 * writePagePdf run there as `banmian compose --out` always ran.
 */

export interface PrintPageOptions {
  store?: Store;
  /** A page file's folder: only then may its photos be files. */
  baseDir?: string;
  convertRgb?: boolean;
  press?: PressProfile;
  /** Write the PDF here (atomically); without it, composition and preflight only. */
  outPath?: string;
  fixedDate?: Date;
  allowMissingGlyphs?: boolean;
  /** Write no PDF when preflight finds an error (`refused` says how many). */
  refuseErrors?: boolean;
  /** Also return the set lines as the `--lines` JSON. */
  lines?: boolean;
}

export interface PrintedPage extends Omit<PrintResult, 'writeError'> {
  /** Why the PDF was refused (after composition: the preflight is there); the caller throws it. */
  writeError?: Error;
}

export function printJob(doc: PageDocument, options: PrintPageOptions): PrintJob {
  return {
    doc: { ...doc, stories: resolvePageStories(doc, options.store) },
    ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
    photoPaths: storedPhotoPaths(doc, options.store),
    convertRgb: options.convertRgb ?? true,
    ...(options.press ? { press: options.press } : {}),
    ...(options.outPath !== undefined ? { outPath: options.outPath } : {}),
    ...(options.fixedDate ? { fixedDate: options.fixedDate.toISOString() } : {}),
    allowMissingGlyphs: options.allowMissingGlyphs ?? false,
    ...(options.refuseErrors ? { refuseErrors: true } : {}),
    lines: options.lines ?? false,
  };
}

/** `label` starts the message should the heavy process be stopped: `Cannot export "2024-02-20 第3版"`. */
export async function printPage(doc: PageDocument, options: PrintPageOptions, label: string): Promise<PrintedPage> {
  const { writeError, ...result } = await runHeavy('page.print', printJob(doc, options), label);
  return writeError ? { ...result, writeError: deserializeError(writeError) } : result;
}

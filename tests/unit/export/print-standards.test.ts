import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfBytes, type PdfRenderResult } from '../../../main/export/index';
import { glyphRun } from './helpers/glyph-runs';
import { pdfcheck, pdfcheckPresent, pdftotext, qpdfCheck, run, scratchDir, SKIP_MESSAGE, toolsPresent } from './helpers/pdf-tools';
import { samplePage, seedPagePath } from './helpers/sample-page';

const DATE = new Date('2025-03-01T08:00:00Z');
const small = () => ({
  title: '版面 (测试) \\ test',
  pages: [{ width: 300, height: 200, bleed: 8.5, items: [glyphRun('党建新格局', { x: 20, y: 50, size: 12 })] }],
});

const text = (dict: PDFDict, key: string): string | undefined => {
  const v = dict.lookup(PDFName.of(key)) as { decodeText?: () => string; asString?: () => string } | undefined;
  return v?.decodeText?.() ?? v?.asString?.();
};

describe('print standards', () => {
  it('PDF 1.4 with a PDF/X-1a output intent for WAN-IFRA newspaper 26v5', async () => {
    const { bytes } = await renderPdfBytes(small(), { fixedDate: DATE });
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.4');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const intents = pdf.catalog.lookup(PDFName.of('OutputIntents')) as unknown as { asArray(): unknown[] };
    const intent = pdf.context.lookup(intents.asArray()[0] as never) as PDFDict;
    expect(intent.lookup(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    expect(text(intent, 'OutputConditionIdentifier')).toBe('WAN-IFRAnewspaper26v5');
    expect(text(intent, 'RegistryName')).toBe('http://www.color.org');
    expect(text(intent, 'Info')).toContain('ISO 12647-3');
  });

  it('Info and XMP say the same title, creator, dates, PDF/X version and Trapped', async () => {
    const { bytes } = await renderPdfBytes(small(), { fixedDate: DATE, creator: 'Banmian 0.1' });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('版面 (测试) \\ test');
    expect(pdf.getCreator()).toBe('Banmian 0.1');
    expect(pdf.getProducer()).toMatch(/Banmian/);
    expect(pdf.getCreationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(pdf.getModificationDate()?.toISOString()).toBe(DATE.toISOString());
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info) as PDFDict;
    expect(text(info, 'GTS_PDFXVersion')).toBe('PDF/X-1a:2003');
    expect(info.lookup(PDFName.of('Trapped'))).toBe(PDFName.of('False'));
    const xmp = Buffer.from(decodePDFRawStream(pdf.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).decode()).toString('utf8');
    expect(xmp).toContain('<pdfx:GTS_PDFXVersion>PDF/X-1a:2003</pdfx:GTS_PDFXVersion>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">版面 (测试) \\ test</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2025-03-01T08:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdf:Trapped>False</pdf:Trapped>');
    // Parentheses and backslashes in an ASCII title must be escaped in the literal string.
    const ascii = await renderPdfBytes(small(), { fixedDate: DATE, title: 'Page 3 (draft) \\ 1' });
    expect((await PDFDocument.load(ascii.bytes, { updateMetadata: false })).getTitle()).toBe('Page 3 (draft) \\ 1');
  });

  it('the same input with a fixed date gives the same bytes; a new date or new text changes them', async () => {
    const a = await renderPdfBytes(small(), { fixedDate: DATE });
    const b = await renderPdfBytes(small(), { fixedDate: DATE });
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
    const later = await renderPdfBytes(small(), { fixedDate: new Date('2025-03-02T08:00:00Z') });
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(later.bytes))).not.toBe(0);
    const ids = async (r: PdfRenderResult) => (await PDFDocument.load(r.bytes)).context.trailerInfo.ID?.toString();
    const edited = small();
    edited.pages[0]!.items = [glyphRun('党建新格局。', { x: 20, y: 50, size: 12 })];
    const other = await renderPdfBytes(edited, { fixedDate: DATE });
    expect(await ids(a)).toBe(await ids(b));
    expect(await ids(other)).not.toBe(await ids(a));
  });

  describe.skipIf(!toolsPresent || !seedPagePath())(`the sample broadsheet page${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
    const scratch = scratchDir();
    let result: PdfRenderResult;
    let path = '';
    beforeAll(async () => {
      result = await renderPdfBytes(samplePage(), { fixedDate: DATE });
      path = scratch.file('sample.pdf', result.bytes);
    });
    afterAll(() => scratch.cleanup());

    it('weighs at most 300 KB with its four fonts (no photos)', () => {
      expect(result.report.fonts).toHaveLength(4);
      expect(result.bytes.length).toBeLessThanOrEqual(300 * 1024);
    });

    it('qpdf --check finds nothing', () => {
      const check = qpdfCheck(path);
      expect(check.status, check.output).toBe(0);
      expect(check.output).not.toMatch(/WARNING|ERROR/);
    });

    it('pdftotext gives back every character of the sample copy', () => {
      const source = [...(samplePage().pages[0]!.items.flatMap((i) => (i.kind === 'glyphs' ? i.glyphs.map((g) => g.text) : [])).join(''))].filter((c) => !/\s/.test(c));
      expect([...pdftotext(path)].filter((c) => !/\s/.test(c)).join('')).toBe(source.join(''));
    });

    it('pdfimages finds no images and pdfinfo a 1-page PDF 1.4', () => {
      expect(run('pdfimages', ['-list', path]).stdout.split('\n').slice(2).filter(Boolean)).toEqual([]);
      expect(run('pdfinfo', [path]).stdout).toMatch(/Pages:\s+1[\s\S]*PDF version:\s+1\.4/);
    });

    it.skipIf(!pdfcheckPresent)(`pdfcheck: boxes, fonts, K-only black text, no RGB, output intent, nothing lost${pdfcheckPresent ? '' : ' (skipped: ../shared/tools/pdfcheck or python3-pikepdf missing)'}`, () => {
      const report = pdfcheck(path, seedPagePath());
      expect(report.page_boxes[0]).toMatchObject({ bleed_ok: true, crop_marks: { present: true } });
      expect(report.fonts.length).toBe(4);
      for (const f of report.fonts) expect(f).toMatchObject({ embedded: true, subset: true, tounicode: true });
      expect(report.colour.rgb_used).toBe(false);
      expect(Object.keys(report.colour.text_spaces)).toEqual(['DeviceCMYK']);
      expect(report.colour.text_k_only_share).toBeGreaterThan(0.97); // the rest is the white banner text
      expect(report.colour.output_intents).toEqual([{ S: '/GTS_PDFX', condition: 'WAN-IFRAnewspaper26v5' }]);
      expect(report.colour.pdfx_version).toBe('PDF/X-1a:2003');
      expect(report.colour.parse_errors).toEqual([]);
      expect(report.nothing_lost).toMatchObject({ nothing_lost: true, exact: true });
      expect(report.qpdf_check.ok).toBe(true);
    });
  });
});

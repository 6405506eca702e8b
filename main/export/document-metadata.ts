import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import type { PdfObjects } from './pdf-objects';
import { pdfDate, pdfText } from './pdf-text';

export const PDFX_VERSION = 'PDF/X-1a:2003';

export interface DocumentMetadata {
  title: string;
  creator: string;
  producer: string;
  date: Date;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 8-4-4-4-12 hex from the first 16 bytes: a UUID that is a function of the content. */
function uuid(bytes: Uint8Array): string {
  const h = Buffer.from(bytes.subarray(0, 16)).toString('hex');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The XMP packet, saying the same as the Info dictionary (preflight tools compare the two). */
function xmpPacket(meta: DocumentMetadata, fingerprint: Uint8Array): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"',
    '    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    '   <dc:format>application/pdf</dc:format>',
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `   <xmp:CreateDate>${date}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `   <pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    '   <pdf:Trapped>False</pdf:Trapped>',
    `   <pdfx:GTS_PDFXVersion>${PDFX_VERSION}</pdfx:GTS_PDFXVersion>`,
    `   <xmpMM:DocumentID>${uuid(fingerprint)}</xmpMM:DocumentID>`,
    `   <xmpMM:InstanceID>${uuid(fingerprint)}</xmpMM:InstanceID>`,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/**
 * Info dictionary (Title, Creator, Producer, dates, GTS_PDFXVersion, Trapped /False), the
 * XMP metadata stream, and the trailer /ID: all derived from the content and the given
 * date, nothing random, so the same input gives the same bytes.
 */
export function writeDocumentMetadata(pdf: PDFDocument, objects: PdfObjects, meta: DocumentMetadata): void {
  objects.note(`${meta.title}\u0000${meta.creator}\u0000${meta.producer}\u0000${meta.date.toISOString()}`);
  const fingerprint = objects.fingerprint();
  pdf.context.trailerInfo.Info = objects.register({
    Title: pdfText(meta.title),
    Creator: pdfText(meta.creator),
    Producer: pdfText(meta.producer),
    CreationDate: pdfDate(meta.date),
    ModDate: pdfDate(meta.date),
    GTS_PDFXVersion: pdfText(PDFX_VERSION),
    Trapped: 'False',
  });

  // XMP stays uncompressed so that tools scanning for the packet find it.
  const metadata = objects.context.register(
    objects.context.stream(Buffer.from(xmpPacket(meta, fingerprint), 'utf8'), { Type: 'Metadata', Subtype: 'XML' }),
  );
  pdf.catalog.set(PDFName.of('Metadata'), metadata);

  const id = PDFHexString.of(Buffer.from(fingerprint).toString('hex').toUpperCase());
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
}

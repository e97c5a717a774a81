/**
 * The document's core properties (docProps/core.xml) written from the report, in place of the ones
 * docx writes with the time of the export: created and modified are the assessment's last change, so
 * that the same report gives the same file properties.
 */
const NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** Text for XML: markup characters escaped, characters XML 1.0 does not allow left out. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export type CoreProperties = {
  title: string;
  subject: string;
  creator: string;
  /** BCP 47 language tag, e.g. pl-PL. */
  language: string;
  /** ISO timestamp of the last change, or '' when unknown (the dates are then left out). */
  modified: string;
};

export function coreXml(p: CoreProperties): string {
  const valid = p.modified !== '' && !Number.isNaN(Date.parse(p.modified));
  const when = valid ? new Date(p.modified).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
  const date = (name: string) => (valid ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${when}</dcterms:${name}>` : '');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<cp:coreProperties ${NAMESPACES}>`,
    `<dc:title>${xmlText(p.title)}</dc:title>`,
    `<dc:subject>${xmlText(p.subject)}</dc:subject>`,
    `<dc:creator>${xmlText(p.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${xmlText(p.creator)}</cp:lastModifiedBy>`,
    `<dc:language>${xmlText(p.language)}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    date('created'),
    date('modified'),
    '</cp:coreProperties>',
  ].join('');
}

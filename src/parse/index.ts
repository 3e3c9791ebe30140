/**
 * The plan-document parser: a plan report (政府工作报告, 计划执行情况与计划草案的报告, 五年规划纲要;
 * any region, any year) → the PlanDocument contract (src/domain/plan-document.types.ts).
 *
 * Pipeline, each stage a module with plain data between them:
 *   decode-document      bytes → text (UTF-8/16, GB18030, .docx)
 *   clean/               text → clean text + offset map (markup, widths, scripts, page breaks)
 *   blocks/              clean text → headings, paragraphs, tables
 *   items/               blocks → header, indicators, sections, commitments, projects, review
 *   reconcile-indicators table ≡ paragraph; link-items: commitments/outcomes ↔ indicators
 *   to-plan-document     found items → PlanDocument, spans mapped back to the original text
 */
import type { PlanDocument } from '../domain/plan-document.types.ts';
import { type DecodedDocument, type DocumentEncoding, decodeDocument } from './decode-document.ts';
import { parsePlanText } from './parse-plan-text.ts';

export { type DecodedDocument, type DocumentEncoding, decodeDocument } from './decode-document.ts';
export { PARSER_VERSION, parsePlanText } from './parse-plan-text.ts';

/** Bytes of a plan document (text in any common encoding, or .docx) → its PlanDocument. */
export async function parsePlanDocument(
  bytes: Uint8Array,
  filename?: string,
): Promise<{ document: PlanDocument; text: string; encoding: DocumentEncoding }> {
  const decoded: DecodedDocument = await decodeDocument(bytes, filename);
  return {
    document: parsePlanText(decoded.text, decoded.encoding),
    text: decoded.text,
    encoding: decoded.encoding,
  };
}

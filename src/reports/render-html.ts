import type { ReportBlock, ReportModel } from './report.types.ts';
import { FONTS } from './report-fonts.ts';
import { titleLines } from './report-text.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const family = (names: readonly string[]) => names.map((n) => (/^[\w-]+$/.test(n) ? n : `"${n}"`)).join(', ');

/**
 * Print CSS after GB/T 9704-2012: A4, margins 37/35/28/26 mm, title 22 pt, body 16 pt with a
 * 28.9 pt line (22 lines a page), 一级标题 黑体, 二级标题 楷体, tables with captions.
 */
const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #f3f3f3; }
body { margin: 0; font-family: ${family(FONTS.body)}; font-size: 16pt; line-height: 28.9pt; color: #000; }
.pw-doc { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
h1 { font-family: ${family(FONTS.title)}; font-size: 22pt; line-height: 1.5; font-weight: normal; text-align: center; margin: 0 0 14pt; }
.pw-subtitle { font-family: ${family(FONTS.kai)}; text-align: center; text-indent: 0; margin: 0 0 14pt; }
.pw-cover { border: 1.5pt solid #c00; color: #c00; padding: 6pt 10pt; text-indent: 0; margin: 0 0 14pt; }
h2 { font-family: ${family(FONTS.hei)}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h3 { font-family: ${family(FONTS.kai)}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.pw-lead { font-weight: bold; }
.pw-lead-kai { font-family: ${family(FONTS.kai)}; font-weight: normal; }
.pw-editor { background: #fff3b0; }
figure { margin: 10pt 0; }
figcaption { font-family: ${family(FONTS.hei)}; text-align: center; font-size: 14pt; line-height: 1.5; margin-bottom: 4pt; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.4; page-break-inside: auto; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { font-family: ${family(FONTS.hei)}; font-weight: normal; background: #f2f2f2; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
.pw-date { text-align: right; text-indent: 0; margin-top: 28.9pt; padding-right: 4em; }
@media print {
  html, body { background: none; }
  .pw-doc { width: auto; min-height: 0; margin: 0; padding: 0; }
}
`;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? `<h2>${esc(b.text)}</h2>` : `<h3>${esc(b.text)}</h3>`;
    case 'paragraph': {
      const lead = b.lead
        ? `<span class="${/^[（(]/.test(b.lead) ? 'pw-lead-kai' : 'pw-lead'}">${esc(b.lead)}</span>`
        : '';
      const attrs = [
        b.editor ? ' class="pw-editor"' : '',
        b.refs && b.refs.length > 0 ? ` data-refs="${esc(b.refs.join(' '))}"` : '',
      ].join('');
      return `<p${attrs}>${lead}${esc(b.text)}</p>`;
    }
    case 'table': {
      const total = b.widths.reduce((s, w) => s + w, 0);
      const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
      const head = b.columns.map((c) => `<th>${esc(c)}</th>`).join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td style="text-align:${b.align[i] ?? 'left'}">${esc(c)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      return `<figure><figcaption>${esc(b.caption)}</figcaption><table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></figure>`;
    }
  }
}

/**
 * The report as one self-contained HTML page (no external requests: styles inline, system fonts
 * with fallbacks), laid out for A4 printing. Pure: the same model gives the same bytes.
 */
export function renderHtml(model: ReportModel): string {
  const body = [
    `<h1>${titleLines(model.title).map(esc).join('<br>')}</h1>`,
    `<p class="pw-subtitle">${esc(model.subtitle)}</p>`,
    model.coverNote ? `<p class="pw-cover" role="note">${esc(model.coverNote)}</p>` : '',
    ...model.blocks.map(block),
    `<p class="pw-date">${esc(model.dateLine)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="planwatch">
<title>${esc(model.title)}</title>
<style>${CSS}</style>
</head>
<body>
<article class="pw-doc" data-plan="${model.meta.planId}" data-as-of="${esc(model.meta.asOf)}">
${body}
</article>
</body>
</html>
`;
}

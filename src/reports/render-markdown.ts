import type { ReportBlock, ReportModel } from './report.types.ts';

/** A table cell safe inside a pipe table: pipes escaped, line breaks as spaces. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** Text that Markdown would otherwise read as markup at the start of a line or inline. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A paragraph's own text: a leading “1.” must not turn it into a list. */
function escapeLine(text: string): string {
  return escapeMd(text).replace(/^(\d+)\./, '$1\\.');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${escapeMd(b.text)}`;
    case 'paragraph': {
      // Bold must close against a character: a lead's trailing space goes after the **.
      const lead = b.lead?.trimEnd();
      const body = lead
        ? `**${escapeMd(lead)}**${b.lead !== lead ? ' ' : ''}${escapeMd(b.text)}`
        : escapeLine(b.text);
      return b.editor ? `> ${body}` : body;
    }
    case 'table': {
      const sep = b.align.map((a) => (a === 'center' ? ':---:' : a === 'right' ? '---:' : '---'));
      return [
        `**${escapeMd(b.caption)}**`,
        '',
        `| ${b.columns.map(cell).join(' | ')} |`,
        `| ${sep.join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    }
  }
}

/** The report as Markdown with pipe tables: the same content as every other format. */
export function renderMarkdown(model: ReportModel): string {
  const parts = [`# ${escapeMd(model.title)}`, escapeMd(model.subtitle)];
  if (model.coverNote) parts.push(`> **${escapeMd(model.coverNote)}**`);
  parts.push(...model.blocks.map(block));
  parts.push(escapeMd(model.dateLine));
  return `${parts.join('\n\n')}\n`;
}

import { isInlineBreak } from './clean/strip-markup.ts';

/**
 * The simple HTML mammoth makes of a .docx → plain text the parser reads: paragraphs as lines
 * separated by a blank line, headings with Markdown #, tables as tab-separated rows (raw-text
 * extraction would put every cell on its own line and lose the targets table).
 */
export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  const block = /<table\b[^>]*>([\s\S]*?)<\/table>|<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\2>/gi;
  for (const m of html.matchAll(block)) {
    if (m[1] !== undefined) {
      out.push(tableRows(m[1]).join('\n'));
      continue;
    }
    const tag = m[2].toLowerCase();
    const text = inline(m[3]);
    if (text.trim() === '') continue;
    out.push(tag.startsWith('h') ? `${'#'.repeat(Number(tag[1]))} ${text}` : text);
  }
  return out.join('\n\n');
}

/**
 * The rows of a table as tab-separated lines. A merged cell (Word's vertical merge, which
 * mammoth writes as rowspan; a colspan) leaves the cells it covers empty, so every row keeps
 * its columns: the category cell of a group heads its first row, the next rows start empty.
 */
function tableRows(html: string): string[] {
  let spans: number[] = [];
  return [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) => {
    const covered = spans.map((s) => s > 0);
    spans = spans.map((s) => Math.max(0, s - 1));
    const cells: string[] = [];
    for (const c of r[1].matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
      while (covered[cells.length]) cells.push('');
      const rows = Number(/\browspan\s*=\s*["']?(\d+)/i.exec(c[1])?.[1] ?? 1);
      const cols = Math.max(1, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(c[1])?.[1] ?? 1));
      for (let k = 0; k < cols; k++) spans[cells.length + k] = Math.max(0, rows - 1);
      cells.push(inline(c[2]).replace(/\s+/g, ' '));
      for (let k = 1; k < cols; k++) cells.push('');
    }
    return cells.join('\t');
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function inline(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, (tag, at: number, all: string) =>
      isInlineBreak(all, at, at + tag.length) ? '' : '\n',
    )
    .replace(/<\/p>\s*<p\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .trim();
}

import { roundNoise } from '../../../domain/numbers/parse-number.ts';

/** The parts of a number format that are not literal text: quoted strings, escapes, [colours]. */
function formatTokens(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
}

/** Whether a number format shows the value as a percentage (0.0%, 0%): Excel stores 4.2% as 0.042. */
export function isPercentFormat(numFmt: string | null | undefined): boolean {
  return Boolean(numFmt) && formatTokens(numFmt!).includes('%');
}

/**
 * A date cell as the period it shows: `yyyy-mm` or `yyyy"年"m"月"` (what Excel makes of a typed
 * 2026-06) → `2026-06`, a year-only format → `2026`, anything with a day → `2026-06-30`.
 */
export function dateAsShown(date: Date, numFmt: string | null | undefined): string {
  const y = String(date.getUTCFullYear());
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  const tokens = formatTokens(numFmt ?? '');
  // Time parts (h:mm) reuse "m" for minutes: only the date part decides.
  const datePart = tokens.replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, '');
  if (!numFmt || /d/.test(datePart)) return `${y}-${m}-${d}`;
  if (/m/.test(datePart)) return `${y}-${m}`;
  return y;
}

/**
 * An exceljs cell as the text or number it shows: rich text joined, formulas by their result,
 * dates as the period they show, percentage-formatted numbers as `4.2%`.
 */
export function xlsxCellValue(value: unknown, numFmt: string | null | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateAsShown(value, numFmt);
  if (typeof value === 'number') return isPercentFormat(numFmt) ? `${roundNoise(value * 100)}%` : value;
  if (typeof value === 'object') {
    const o = value as {
      richText?: Array<{ text: string }>;
      result?: unknown;
      text?: string;
      error?: string;
    };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return xlsxCellValue(o.result, numFmt);
    if (typeof o.error === 'string') return o.error;
    if (typeof o.text === 'string') return o.text;
    return String(value);
  }
  return value;
}

import type { Locale } from '../i18n/index.tsx';

function trim(value: number, digits: number): string {
  // Chinese reports write 2550亿元, 184项: no thousands separators.
  return Number(value.toFixed(digits)).toLocaleString('zh-CN', {
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/**
 * A number the way a Chinese report writes it: 12000000 → 1200万, 255000000000 → 2550亿.
 * Small numbers and percentages keep up to two decimals. English uses thousands separators.
 *
 * @example formatNumber(12_000_000, 'zh-CN') // '1200万'
 */
export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value == null || !Number.isFinite(value)) return '—';
  if (locale === 'en') return value.toLocaleString('en', { maximumFractionDigits: 2 });
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, 2)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4, 2)}万`;
  return trim(value, 2);
}

/** A number with its unit: `5%`, `60万人`, `2550亿元` (a multiplier already in the unit is kept). */
export function formatQuantity(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: Locale,
): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const u = unit ?? '';
  // Units that already carry a multiplier (万人, 亿元) are written as given.
  if (/^[万亿千百]/.test(u) || u === '%') return `${trim(value, 2)}${u}`;
  const n = formatNumber(value, locale);
  return locale === 'en' && u ? `${n} ${u}` : `${n}${u}`;
}

/** A share 0..1 as a percentage: 0.5 → 50%. */
export function formatShare(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return '—';
  return `${trim(share * 100, 1)}%`;
}

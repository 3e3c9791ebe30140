import dayjs from 'dayjs';
import type { Locale } from '../i18n/index.tsx';

const QUARTERS_ZH = ['一', '二', '三', '四'];

/**
 * A statistics period as written in a Chinese report: 2026-06 → 2026年6月 (1—6月 for cumulative
 * data is the caller's business), 2026Q2 → 2026年第二季度, 2026H1 → 2026年上半年, 2026 → 2026年.
 */
export function formatPeriod(period: string | null | undefined, locale: Locale): string {
  if (!period) return '—';
  const p = period.trim();
  let m = /^(\d{4})-?M?(\d{1,2})$/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return locale === 'en'
      ? dayjs(`${m[1]}-${m[2].padStart(2, '0')}-01`)
          .locale('en')
          .format('MMM YYYY')
      : `${m[1]}年${Number(m[2])}月`;
  }
  m = /^(\d{4})-?Q([1-4])$/.exec(p);
  if (m) return locale === 'en' ? `${m[1]} Q${m[2]}` : `${m[1]}年第${QUARTERS_ZH[Number(m[2]) - 1]}季度`;
  m = /^(\d{4})-?[HS]([12])$/.exec(p);
  if (m) return locale === 'en' ? `${m[1]} H${m[2]}` : `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
  m = /^(\d{4})$/.exec(p);
  if (m) return locale === 'en' ? m[1] : `${m[1]}年`;
  return p;
}

/** An ISO date or datetime as 2026年6月30日 / Jun 30, 2026. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return locale === 'en' ? d.locale('en').format('MMM D, YYYY') : d.format('YYYY年M月D日');
}

/** An ISO datetime in the reader's time zone: 2026年6月30日 16:05 / Jun 30, 2026 16:05. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return locale === 'en' ? d.locale('en').format('MMM D, YYYY HH:mm') : d.format('YYYY年M月D日 HH:mm');
}

/** Where a period ends, as a fraction of its year (for plotting and pace lines): 2026-06 → 0.5. */
export function periodYearFraction(period: string): { year: number; fraction: number } | null {
  const p = period.trim();
  let m = /^(\d{4})-?M?(\d{1,2})$/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return { year: Number(m[1]), fraction: Number(m[2]) / 12 };
  m = /^(\d{4})-?Q([1-4])$/.exec(p);
  if (m) return { year: Number(m[1]), fraction: Number(m[2]) / 4 };
  m = /^(\d{4})-?[HS]([12])$/.exec(p);
  if (m) return { year: Number(m[1]), fraction: Number(m[2]) / 2 };
  m = /^(\d{4})$/.exec(p);
  if (m) return { year: Number(m[1]), fraction: 1 };
  return null;
}

export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

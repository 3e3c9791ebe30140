/** How long a statistical period is. */
export type Granularity = 'year' | 'half' | 'quarter' | 'month';

/**
 * A statistical period of one calendar year. `key` is canonical: `2026`, `2026H1`, `2026Q2`,
 * `2026-06`. Dates are ISO `YYYY-MM-DD`; `end` is the inclusive last day.
 */
export interface Period {
  key: string;
  year: number;
  granularity: Granularity;
  start: string;
  end: string;
  /** The month (1..12) the period ends in: 6 for 2026H1, 2026Q2 and 2026-06. */
  endMonth: number;
}

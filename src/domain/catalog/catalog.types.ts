/** How an indicator's statistics are published (DESIGN.md "Observations"). */
export type ObservationKind = 'ytd_value' | 'ytd_growth' | 'period_value' | 'level';

/** A common indicator the platform knows without being told: its direction, cadence and unit. */
export interface CatalogEntry {
  /** Stable code (gdp, cpi, new_urban_jobs, …). */
  code: string;
  nameZh: string;
  nameEn: string;
  /** Names seen in reports across regions; matched after normalisation (see findCatalogEntry). */
  aliases: string[];
  /**
   * Fallback when no alias matches: every group must have one of its words in the name
   * (研发 + 比重 → R&D intensity, however the rest is worded).
   */
  keywords?: string[][];
  direction: 'up' | 'down' | 'band';
  frequency: 'monthly' | 'quarterly' | 'yearly';
  observationKind: ObservationKind;
  /** The base unit observations are kept in (% for growth rates); null when unitless. */
  unit: string | null;
  /** An annual-total flow (new jobs, housing units): assessed against pace. */
  flow: boolean;
  /** January and February are published together (investment, retail, industry). */
  janFebCombined?: boolean;
}

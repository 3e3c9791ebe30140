import type { Lang } from '../i18n/index.ts';
import type { AssessedItem, PlanAssessment } from '../services/assessment/assessment.types.ts';

export type ReportLang = Lang;
export type ReportFormat = 'docx' | 'pdf' | 'html' | 'md' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'pdf', 'html', 'md', 'xlsx'];

/** What a department last reported on a lagging item: the reason and the remedy (滞后原因, 整改措施). */
export interface ItemNote {
  type: AssessedItem['type'];
  id: number;
  delayReason: string | null;
  remedy: string | null;
}

/** An item whose data or progress report is overdue (数据报送逾期). */
export interface OverdueItem {
  type: string;
  id: number;
  label: string;
  department: string;
  periods: string[];
  escalated: boolean;
}

/** Everything a report is written from: loaded by the service, never by the renderers. */
export interface ReportInput {
  plan: {
    id: number;
    title: string;
    region: string | null;
    year: number | null;
    kind: 'annual' | 'five_year';
    periodStart: number | null;
    periodEnd: number | null;
    /** The plan was loaded as the sample (示例数据). */
    demo: boolean;
  };
  /** The same assessment GET /api/plans/:id/assessment returns. */
  assessment: PlanAssessment;
  sections: Array<{ number: number; title: string }>;
  portfolio: Array<{
    label: string;
    value: number;
    unit: string;
    normalizedValue: number;
    normalizedUnit: string;
  }>;
  notes: ItemNote[];
  overdue: OverdueItem[];
  /** Some observation or progress report used is synthetic (示例数据). */
  synthetic: boolean;
}

export interface ReportOptions {
  lang: ReportLang;
  /** The clock: the date line and generation time; injected so the same inputs give the same bytes. */
  now: Date;
}

/** A run of text in a paragraph; `lead` runs are the 楷体 lead-in of a numbered paragraph. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; lead?: string; editor?: boolean; refs?: string[] }
  | {
      kind: 'table';
      caption: string;
      columns: string[];
      rows: string[][];
      /** Per column: numbers and statuses centred, names left. */
      align: Array<'left' | 'center' | 'right'>;
      /** Relative column widths (sum is irrelevant). */
      widths: number[];
    };

/** One row of the data appendix (XLSX): raw values, not sentences. */
export interface AppendixSheet {
  name: string;
  columns: Array<{ header: string; key: string; width: number; numFmt?: string }>;
  rows: Array<Record<string, string | number | null>>;
}

/** The report, written: language-specific text, laid out as blocks any renderer can walk. */
export interface ReportModel {
  lang: ReportLang;
  title: string;
  /** Under the title: what the data covers (（数据截至2026年6月30日）). */
  subtitle: string;
  /** The synthetic-data note, shown before the body when any input is 示例数据. */
  coverNote: string | null;
  blocks: ReportBlock[];
  /** 成文日期: the date line at the end. */
  dateLine: string;
  /** File name without extension: 上海市2026年上半年计划执行情况报告. */
  fileStem: string;
  appendix: AppendixSheet[];
  /** Plain metadata (document properties). */
  meta: { planId: number; asOf: string; knownAt: string; generatedAt: string; region: string | null };
}

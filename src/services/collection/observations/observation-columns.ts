/** The fields of one observation as a file or a JSON batch gives them, before validation. */
export interface RawObservation {
  indicator?: unknown;
  region?: unknown;
  period?: unknown;
  kind?: unknown;
  value?: unknown;
  unit?: unknown;
  source?: unknown;
  note?: unknown;
  vintage?: unknown;
  priceBasis?: unknown;
  /** SDMX UNIT_MULT: the value is in units of 10^n (4 for 万). */
  unitMult?: unknown;
}

export type ObservationField = keyof RawObservation;

/** Header spellings: planwatch's own, the Chinese a template or a department writes, SDMX-CSV. */
const ALIASES: Record<ObservationField, string[]> = {
  indicator: ['indicator', '指标', '指标名称', '指标代码', 'indicator_code', 'indicatorcode'],
  region: ['region', 'ref_area', '地区', '区域', '行政区划', '地区代码', 'region_code', 'regioncode'],
  period: ['period', 'time_period', '期间', '时期', '统计期', '报告期', '时间'],
  kind: ['kind', 'obs_kind', '类型', '数据类型', '口径'],
  value: ['value', 'obs_value', '数值', '值', '本期值', '填报值'],
  unit: ['unit', 'unit_measure', '单位', '计量单位'],
  source: ['source', '来源', '数据来源'],
  note: ['note', 'comment', 'obs_comment', '备注', '说明'],
  vintage: ['vintage', '数据版本', '版本', '核算阶段'],
  priceBasis: ['price_basis', 'pricebasis', '价格口径', '计价方式'],
  unitMult: ['unit_mult', 'unitmult'],
};

const LOOKUP = new Map<string, ObservationField>();
for (const [field, names] of Object.entries(ALIASES) as Array<[ObservationField, string[]]>) {
  for (const n of names) LOOKUP.set(n, field);
}

function headerKey(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\(.*\)$/, '')
    .toLowerCase();
}

/** Which field each column holds (null for columns planwatch ignores, such as 上期值). */
export function mapHeader(header: string[]): Array<ObservationField | null> {
  const seen = new Set<ObservationField>();
  return header.map((h) => {
    const field = LOOKUP.get(headerKey(String(h ?? ''))) ?? null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

export const REQUIRED_FIELDS: ObservationField[] = ['indicator', 'period', 'value'];

/** The column name to report for a field: as the file wrote it. */
export function columnName(
  header: string[],
  mapping: Array<ObservationField | null>,
  field: ObservationField,
): string {
  const i = mapping.indexOf(field);
  return i >= 0 ? String(header[i]) : field;
}

import { unitDimension } from '../../domain/numbers/units.ts';
import type { TableRow } from '../blocks/block.types.ts';
import type { FoundIndicator, Skipped } from './item.types.ts';
import type { ParseTargetFn } from './read-paragraph-indicators.ts';
import { tidyName } from './split-text.ts';

/** "地区生产总值(亿元)" → name 地区生产总值, unit 亿元: a trailing unit note is not part of the name. */
export function splitNameUnit(written: string): { name: string; unit: string } {
  const m = /^(.+?)[(（]([^()（）]{1,8})[)）]$/.exec(written);
  if (!m || unitDimension(m[2].trim()) === null) return { name: written, unit: '' };
  return { name: m[1].trim(), unit: m[2].trim() };
}

/** A column of targets, with the 年均增长/累计 column read when its own cell is empty. */
interface TargetColumn {
  target: number;
  targetYear: number | null;
  /** A second target column (年均增长, 累计) for rows whose end-year cell is empty; -1 when none. */
  fallback: number;
}

interface Columns {
  header: number;
  name: number;
  attribute: number;
  category: number;
  unit: number;
  /**
   * The target columns, earliest year first. One as a rule; two when the table states the
   * year's and the five-year targets side by side (2026年目标 | 2030年目标 | 年均增长/累计).
   */
  targets: TargetColumn[];
}

const ATTRIBUTE_CELL = /^(?:预期性|约束性|预期|约束)$/;

/** Which columns hold name, attribute and target; null when this is not a targets table. */
export function findColumns(rows: TableRow[]): Columns | null {
  for (let r = 0; r < Math.min(rows.length, 3); r++) {
    const cells = rows[r].cells.map((c) => c.text.replace(/\s+/g, ''));
    const name = cells.findIndex((c) => /指标|名称|项目/.test(c) && c.length <= 12);
    if (name < 0) continue;
    const attribute = cells.findIndex((c) => /属性|性质|^(?:指标)?类型$/.test(c));
    const category = cells.findIndex(
      (c, i) => i !== name && /类别|领域|分类|维度|方面/.test(c) && c.length <= 8,
    );
    const unit = cells.findIndex((c, i) => i !== name && /^(?:计量)?单位$/.test(c));
    const candidates = cells
      .map((c, i) => ({ c, i, year: Number(/(\d{4})/.exec(c)?.[1] ?? 0) }))
      .filter(({ i }) => i !== name && i !== attribute && i !== category && i !== unit)
      .filter(({ c }) => /目标|预期|计划|\d{4}/.test(c) && !/完成|实际|基数|现状|基期|预计/.test(c));
    if (candidates.length === 0 && attribute < 0) continue;
    // A list of projects (项目名称 | 2026年计划投资) is not a targets table: one of attribute,
    // 指标 or 目标 must say so.
    if (attribute < 0 && !/指标/.test(cells[name]) && !candidates.some(({ c }) => /目标/.test(c))) continue;
    candidates.sort((a, b) => Number(/目标/.test(b.c)) - Number(/目标/.test(a.c)) || b.year - a.year);
    const target = candidates[0]?.i ?? cells.length - 1;
    const fallback = cells.findIndex((c, i) => i !== target && /年均|累计/.test(c));
    const primary: TargetColumn = { target, targetYear: candidates[0]?.year || null, fallback };
    // "2026年目标 | 2030年目标": each column that says 目标 for a year of its own is a set of
    // targets (a bare "2025年" beside "2030年" is the base, not a target).
    const stated = candidates.filter(({ c, year }) => /目标|计划/.test(c) && year > 0);
    const years = new Set(stated.map((x) => x.year));
    const targets =
      years.size >= 2 && primary.targetYear !== null
        ? stated
            .filter((x, k) => stated.findIndex((y) => y.year === x.year) === k)
            .sort((a, b) => a.year - b.year)
            .map(({ i, year }) =>
              year === primary.targetYear ? primary : { target: i, targetYear: year, fallback: -1 },
            )
        : [primary];
    return { header: r, name, attribute, category, unit, targets };
  }
  // No header: a column of 预期性/约束性 marks the attribute; name before it, target after.
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let col = 1; col < width; col++) {
    const hits = rows.filter((r) => ATTRIBUTE_CELL.test(r.cells[col]?.text ?? '')).length;
    if (hits >= Math.max(1, rows.length / 2)) {
      const target = col + 1 < width ? width - 1 : col - 1;
      return {
        header: -1,
        name: 0,
        attribute: col,
        category: -1,
        unit: -1,
        targets: [{ target, targetYear: null, fallback: -1 }],
      };
    }
  }
  return null;
}

/**
 * The indicators of a main-targets table: one per row with a name and a target; a row with only
 * its first cell filled heads a group (经济发展) for the rows below.
 */
export function readTableIndicators(
  rows: TableRow[],
  periodFor: (targetYear: number | null) => string,
  parse: ParseTargetFn,
  skipped: Skipped[] = [],
): FoundIndicator[] {
  const cols = findColumns(rows);
  if (!cols) return [];
  const sets = cols.targets.map((t) => ({
    ...t,
    period: periodFor(t.targetYear),
    out: [] as FoundIndicator[],
  }));
  let group: string | null = null;
  let lastAttribute = '';
  const width = cols.header >= 0 ? rows[cols.header].cells.length : 0;
  for (let r = cols.header + 1; r < rows.length; r++) {
    const row = alignShortRow(rows[r], width, cols.attribute);
    const cell = (i: number) => (i >= 0 ? (row.cells[i]?.text ?? '') : '');
    const filled = row.cells.filter((c) => c.text !== '');
    // A repeated header row (a table continued on the next page) is not an indicator.
    if (r > cols.header && cols.header >= 0 && sameCells(row, rows[cols.header])) continue;
    if (filled.length === 1 && row.cells.length <= 2) {
      group = tidyName(filled[0].text);
      continue;
    }
    if (cols.category >= 0 && cell(cols.category) !== '') group = tidyName(cell(cols.category));
    const { name, unit: nameUnit } = splitNameUnit(tidyName(cell(cols.name)));
    const unit = cell(cols.unit) || nameUnit;
    // An empty 属性 cell sits under a merged one (预期性 for the rows of a group): it says the same.
    const attr = cell(cols.attribute) || lastAttribute;
    lastAttribute = attr;
    let read = 0;
    for (const set of sets) {
      let targetText = cell(set.target).trim();
      let fallbackHeader = '';
      if (isEmptyCell(targetText) && set.fallback >= 0) {
        targetText = cell(set.fallback).trim();
        fallbackHeader = rows[cols.header]?.cells[set.fallback]?.text ?? '';
      }
      if (name === '' || isEmptyCell(targetText)) continue;
      read++;
      set.out.push({
        kind: 'indicator',
        source: 'table',
        name,
        attribute: /约束/.test(attr) ? 'binding' : 'expected',
        attributeStated: /约束|预期/.test(attr),
        category: group,
        period: set.period,
        target: parse(spellOut(targetText, unit, fallbackHeader, name), name),
        start: row.start,
        end: row.end,
      });
    }
    if (read === 0 && row.cells.some((c) => /\d/.test(c.text))) {
      skipped.push({
        code: 'table_row_skipped',
        message: '表格行缺少指标名称或目标 (row without name or target)',
        start: row.start,
        end: row.end,
      });
    }
  }
  return sets.flatMap((s) => s.out);
}

/**
 * A row with fewer cells than the header, whose 属性 cell only lines up when its cells are
 * moved right: the merged category (and number) cells of its group were left out, not filled
 * in empty (text copied from a table with merged cells). It gets empty cells in front.
 */
function alignShortRow(row: TableRow, width: number, attribute: number): TableRow {
  const missing = width - row.cells.length;
  if (missing <= 0 || missing > 2 || attribute < missing) return row;
  const attributeAt = (k: number) => ATTRIBUTE_CELL.test(row.cells[attribute - k]?.text ?? '');
  if (attributeAt(0) || !attributeAt(missing)) return row;
  const empty = { text: '', start: row.start, end: row.start };
  return { ...row, cells: [...Array.from({ length: missing }, () => empty), ...row.cells] };
}

const isEmptyCell = (t: string) => t === '' || /^[-—–/]+$/.test(t);

// A rate, share or concentration: a bound on its level in any column, never a growth rate.
const LEVEL_NAME = /(?:(?<!增长)率|比重|比例|占比|浓度|强度|天数|寿命|年限)(?:\([^()]*\))?$/;

/**
 * What the table says around the cell (unit column, 年均 column, [ ] for totals) spelled out in
 * the target text, so that the text reads alone and parses again the same. [20] or 〔20〕 in a
 * five-year table is a total over the period (表注: 〔 〕内为五年累计数).
 */
function spellOut(cellText: string, unit: string, fallbackHeader: string, name: string): string {
  let targetText = cellText;
  const bracketed = /^[[［〔]\s*([^\]］〕]+?)\s*[\]］〕]$/.exec(targetText);
  if (bracketed) targetText = `累计${bracketed[1]}`;
  if (unit && !/^[^\d]*\d[\d.,]*\s*[^\d\s.,\]]/.test(targetText.replace(/左右|以上|以内|以下/g, ''))) {
    targetText = targetText.replace(/(\d[\d.,]*)/, `$1${unit}`);
  } else if (unit) {
    // 2.6万以上 under a 亿元 column: the cell's multiplier and the column's unit make 万亿元.
    const m = /^([^\d]*\d[\d.,]*)(万|亿|千|百)(?=左右|以上|以内|以下|$)/.exec(targetText);
    if (m && unitDimension(m[2] + unit) !== null && unitDimension(unit) !== null)
      targetText = `${m[1]}${m[2]}${unit}${targetText.slice(m[0].length)}`;
  }
  // A bare rate in the 年均增长 column is a CAGR: say so for the target parser. The same column
  // holds the bound of a rate or share (失业率 5.5以内) for every year: that stays a level.
  if (/年均/.test(fallbackHeader) && /^\d/.test(targetText) && !LEVEL_NAME.test(name))
    targetText = `年均增长${targetText}`;
  return targetText;
}

function sameCells(a: TableRow, b: TableRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i].text);
}

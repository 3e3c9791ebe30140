import { normalizeQuantity } from '../../domain/numbers/units.ts';
import type { TableRow } from '../blocks/block.types.ts';
import type { FoundOutcome } from './find-outcomes.ts';
import { splitNameUnit } from './read-table-indicators.ts';
import { tidyName } from './split-text.ts';

const ACTUAL = /完成|实际|执行|预计/;

/**
 * Last year's figures from a table column of results (2025年完成 · 实际 · 预计完成), one outcome
 * per row with a number. The year comes from the column header, else `defaultYear`.
 */
export function findTableOutcomes(rows: TableRow[], defaultYear: number | null): FoundOutcome[] {
  for (let h = 0; h < Math.min(rows.length, 3); h++) {
    const cells = rows[h].cells.map((c) => c.text.replace(/\s+/g, ''));
    const name = cells.findIndex((c) => /指标|名称|项目/.test(c) && c.length <= 12);
    const actual = cells.findIndex((c, i) => i !== name && ACTUAL.test(c) && !/目标|计划/.test(c));
    if (name < 0 || actual < 0) continue;
    const unitCol = cells.findIndex((c, i) => i !== name && /^(?:计量)?单位$/.test(c));
    const year = Number(/(\d{4})/.exec(cells[actual])?.[1] ?? defaultYear ?? 0) || null;
    const out: FoundOutcome[] = [];
    for (const row of rows.slice(h + 1)) {
      const written = splitNameUnit(tidyName(row.cells[name]?.text ?? ''));
      const cell = (row.cells[actual]?.text ?? '').trim();
      const m = /(-|下降|降低)?\s*(\d+(?:\.\d+)?)\s*([^\d\s]*)/.exec(cell);
      if (written.name === '' || !m) continue;
      const unit = (m[3].replace(/左右|以上|以内/g, '') || row.cells[unitCol]?.text || written.unit).trim();
      const growth = unit === '%' && /增长|增速|增幅|涨幅|下降|降低/.test(written.name + cell);
      // A decrease is negative, as in the text (能耗降低 3.1 → −3.1).
      const value = m[1] || /降低|下降|减少/.test(written.name) ? -Number(m[2]) : Number(m[2]);
      out.push({
        name: written.name,
        year,
        text: cell,
        value,
        unit,
        kind: growth ? 'growth' : 'level',
        normalized: normalizeQuantity(value, unit),
        // The cell it is written in: the span slices to the outcome's text.
        start: row.cells[actual].start,
        end: row.cells[actual].end,
      });
    }
    return out;
  }
  return [];
}

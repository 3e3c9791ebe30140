import type { Target } from '../../domain/target/target.types.ts';
import type { FoundIndicator, Skipped } from './item.types.ts';
import { hasExternalTarget, isCategoryClause, readTargetClause } from './read-target-clause.ts';
import { clauses, listItems, type Piece, sentences, tidyName } from './split-text.ts';

export type ParseTargetFn = (text: string, name: string) => Target;

// Sentences after the list that explain it rather than add targets.
const AFTERWORD = /^(?:提出|上述|这些|实现上述|综合考虑|确定|设定|以上|需要说明|主要考虑)/;

/**
 * Reads the indicators of a 主要(预期)目标 paragraph: clauses `name + target`, grouped under the
 * numberless clauses that head them (经济发展提质增效, …). A list of names sharing one target
 * (A、B、C完成国家下达目标) gives one indicator each.
 */
export function readParagraphIndicators(
  body: Piece,
  period: string,
  parse: ParseTargetFn,
  skipped: Skipped[] = [],
): FoundIndicator[] {
  const out: FoundIndicator[] = [];
  let category: string | null = null;
  for (const sentence of sentences(body)) {
    if (AFTERWORD.test(sentence.text)) break;
    const cls = clauses(sentence);
    const reads = cls.map((c) => readItems(c));
    for (let i = 0; i < cls.length; i++) {
      const found = reads[i];
      const laterTarget = reads.slice(i + 1).some((r) => r.some((x) => !x.qualitative));
      if (found.length === 0 || (found.every((x) => x.qualitative) && laterTarget)) {
        if (isCategoryClause(cls[i]) && laterTarget) category = tidyName(cls[i].text);
        else if (/\d/.test(cls[i].text)) {
          skipped.push({
            code: 'target_clause_unread',
            message: '目标句未能识别为指标 (a clause of the targets was not read)',
            start: cls[i].start,
            end: cls[i].end,
          });
        }
        continue;
      }
      for (const f of found) {
        const binding = /约束性/.test(cls[i].text);
        out.push({
          kind: 'indicator',
          source: 'paragraph',
          name: f.name,
          attribute: binding ? 'binding' : 'expected',
          attributeStated: binding || /预期性/.test(cls[i].text),
          category,
          period,
          target: parse(f.targetText, f.name),
          start: f.start,
          end: f.end,
        });
      }
    }
  }
  return out;
}

interface ItemRead {
  name: string;
  targetText: string;
  qualitative: boolean;
  start: number;
  end: number;
}

// The shared parts of a joined pair of intensity indicators (单位…能耗 和 二氧化碳排放 降低).
const SHARED_PREFIX = /^单位(?:地区生产总值|国内生产总值|GDP|工业增加值|增加值)/;
const SHARED_SUFFIX = /(?:降低|下降|减少|提高|提升)(?:率)?$/;

// "地区生产总值、一般公共预算收入分别增长6%和5%": names and targets paired in order.
const RESPECTIVELY = /^(.+?)分别(\D*?)(\d.*)$/;

function readRespectively(clause: Piece): ItemRead[] | null {
  const m = RESPECTIVELY.exec(clause.text);
  if (!m) return null;
  const names = m[1]
    .split(/[、和及与]/)
    .map(tidyName)
    .filter((n) => n.length >= 2);
  const targets = m[3].split(/[、和]/).map((t) => m[2] + t.trim());
  if (names.length < 2 || names.length !== targets.length) return null;
  return names.map((name, i) => ({
    name,
    targetText: targets[i],
    qualitative: false,
    start: clause.start,
    end: clause.end,
  }));
}

function readItems(clause: Piece): ItemRead[] {
  const respectively = readRespectively(clause);
  if (respectively) return respectively;
  const items = listItems(clause);
  const out: ItemRead[] = [];
  let pending: Piece[] = [];
  for (const item of items) {
    const r = readTargetClause(item);
    if (!r) {
      if (item.text.length >= 2 && item.text.length <= 40 && !/\d/.test(item.text)) pending.push(item);
      else pending = [];
      continue;
    }
    const qualitative =
      !/\d|[一二两三四五六七八九十][一二两三四五六七八九十百千万亿〇零]/.test(r.targetText) &&
      !/同步|下达|目标|任务/.test(r.targetText);
    // "能耗和二氧化碳排放降低完成国家下达任务": two indicators share an assigned target.
    const joined = hasExternalTarget(r.targetText) ? /^(.{2,}?)和(.{2,})$/.exec(r.name) : null;
    if (joined && !/[(（]/.test(r.name)) {
      const second = r.nameStart + r.name.indexOf('和') + 1;
      pending.push({ text: joined[1], start: r.nameStart, end: second - 1 });
      // "单位地区生产总值能源消耗和二氧化碳排放降低": both share the 单位… prefix and the 降低 ending.
      const prefix = SHARED_PREFIX.exec(joined[1])?.[0] ?? '';
      const suffix = SHARED_SUFFIX.exec(joined[2])?.[0] ?? '';
      const firstName = (n: string) => (suffix && !SHARED_SUFFIX.test(n) ? n + suffix : n);
      const secondName = prefix && !/^单位/.test(joined[2]) ? prefix + joined[2] : joined[2];
      const last = pending.length - 1;
      out.push(
        ...pending.map((p, k) => ({
          name: k === last ? firstName(tidyName(p.text)) : tidyName(p.text),
          targetText: r.targetText,
          qualitative,
          start: p.start,
          end: r.end,
        })),
      );
      out.push({
        name: tidyName(secondName),
        targetText: r.targetText,
        qualitative,
        start: second,
        end: r.end,
      });
      pending = [];
      continue;
    }
    for (const p of pending) {
      out.push({ name: tidyName(p.text), targetText: r.targetText, qualitative, start: p.start, end: r.end });
    }
    pending = [];
    out.push({ name: r.name, targetText: r.targetText, qualitative, start: r.nameStart, end: r.end });
  }
  // Names listed after a shared target do not exist; a clause of bare names is not a target.
  return out;
}

import type { Target } from '../../domain/target/target.types.ts';
import type { FoundIndicator, Skipped } from './item.types.ts';
import {
  hasExternalTarget,
  isCategoryClause,
  isIndicatorName,
  readTargetClause,
} from './read-target-clause.ts';
import { respectiveNames } from './respective-names.ts';
import { clauses, listItems, type Piece, sentences, tidyName } from './split-text.ts';
import { withoutYearRole } from './year-words.ts';

export type ParseTargetFn = (text: string, name: string) => Target;

/** The period some words state ("2026", "2026-2030"), or null when they state none. */
export type StatedPeriodFn = (words: string) => string | null;

// Sentences after the list that explain it rather than add targets.
const AFTERWORD = /^(?:提出|上述|这些|实现上述|综合考虑|确定|设定|以上|需要说明|主要考虑)/;
// Time words that open a clause and scope the clauses after it (到2030年, 今年, “十五五”期间).
const TIME_LEAD =
  /^(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?|\d{4}\s*年(?:底|末)?|今年|年内|今后五年|未来五年|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间|末)?)/;
// A clause that only continues the previous target (…年均增长6%左右，到2030年达到420亿元以上).
// "增长6%以上，力争6.5%": the stretch target of the clause before.
const CONTINUATION =
  /^(?:(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?|力争|确保)*(?:达到|达|突破|超过|提高到|提升到|增加到|增至|降至|下降到|降低到|控制在)|(?:力争|争取|努力)(?:实现|增长)?)\s*\d/;

/**
 * Reads the indicators of a 主要(预期)目标 paragraph: clauses `name + target`, grouped under the
 * numberless clauses that head them (经济发展提质增效, …). A list of names sharing one target
 * (A、B、C完成国家下达目标) gives one indicator each. Time words that head a clause switch the
 * period: a clause of only time words (2026年主要预期目标是, 到2030年) for the rest of the
 * paragraph, time words before a target (今年地区生产总值…) for the rest of its sentence; so
 * one paragraph may hold the year's and the five-year targets.
 */
export function readParagraphIndicators(
  body: Piece,
  period: string,
  parse: ParseTargetFn,
  skipped: Skipped[] = [],
  statedPeriod: StatedPeriodFn = () => null,
): FoundIndicator[] {
  const out: FoundIndicator[] = [];
  let category: string | null = null;
  let paragraphPeriod = period;
  for (const sentence of sentences(body)) {
    if (AFTERWORD.test(sentence.text)) break;
    let sentencePeriod = paragraphPeriod;
    const cls = clauses(sentence);
    const reads = cls.map((c) => readItems(c));
    let previous: { found: FoundIndicator; targetStart: number } | null = null;
    for (let i = 0; i < cls.length; i++) {
      const all = reads[i];
      const laterTarget = reads.slice(i + 1).some((r) => r.some((x) => !x.qualitative));
      // Before more targets, a qualitative clause is a target only when it names a measurable
      // indicator (制造业投资占比稳步提升); otherwise it heads a group (经济发展提质增效).
      const found = laterTarget ? all.filter((x) => !x.qualitative || isIndicatorName(x.name)) : all;
      if (found.length === 0) {
        const said = all.length === 0 ? statedPeriod(cls[i].text) : null;
        if (said !== null && isPeriodClause(cls[i].text)) {
          paragraphPeriod = said;
          sentencePeriod = said;
          previous = null;
          continue;
        }
        if (previous && all.length === 0 && CONTINUATION.test(cls[i].text)) {
          // The same indicator, its end level: one compound target (see parseTarget).
          const p: { found: FoundIndicator; targetStart: number } = previous;
          const targetText = body.text.slice(p.targetStart - body.start, cls[i].end - body.start);
          p.found.target = parse(targetText, p.found.name);
          p.found.end = cls[i].end;
          previous = null;
          continue;
        }
        previous = null;
        // A group heading opens its sentence (经济发展提质增效，地区生产总值…) or reads as a goal
        // (…，生态环境质量持续改善，细颗粒物…); a bare clause between two targets (…，普及十二年
        // 免费教育，人均预期寿命…) is a task, not a heading.
        const heads = all.length > 0 || reads.slice(0, i).every((r) => r.length === 0);
        if (isCategoryClause(cls[i]) && laterTarget && heads) category = tidyName(cls[i].text);
        else if (/\d|下达/.test(cls[i].text)) {
          skipped.push({
            code: 'target_clause_unread',
            message: '目标句未能识别为指标 (a clause of the targets was not read)',
            start: cls[i].start,
            end: cls[i].end,
          });
        }
        continue;
      }
      const lead = TIME_LEAD.exec(cls[i].text)?.[0];
      const leadPeriod = lead ? statedPeriod(lead) : null;
      if (leadPeriod !== null) sentencePeriod = leadPeriod;
      previous = null;
      for (const f of found) {
        const binding = /约束性/.test(cls[i].text);
        const indicator: FoundIndicator = {
          kind: 'indicator',
          source: 'paragraph',
          name: f.name,
          attribute: binding ? 'binding' : 'expected',
          attributeStated: binding || /预期性/.test(cls[i].text),
          category,
          period: sentencePeriod,
          target: parse(f.targetText, f.name),
          start: f.start,
          end: f.end,
        };
        out.push(indicator);
        previous = found.length === 1 ? { found: indicator, targetStart: f.targetStart } : null;
      }
    }
  }
  return out;
}

/** Only time words and the words that introduce targets: 2026年主要预期目标是 · 到2030年. */
function isPeriodClause(text: string): boolean {
  const rest = withoutYearRole(text)
    .replace(/^(?:力争|确保|其中|同时|另外)+/, '')
    .replace(TIME_LEAD, '')
    .replace(/^[,，、\s]+/, '');
  return rest === '' || /(?:目标|指标)(?:任务)?(?:是|为|如下|建议为|安排为|确定为)?$/.test(rest);
}

export interface ItemRead {
  name: string;
  targetText: string;
  /** Where the target text starts (for a continuation clause to extend it). */
  targetStart: number;
  qualitative: boolean;
  start: number;
  end: number;
}

// The shared parts of a joined pair of intensity indicators (单位…能耗 和 二氧化碳排放 降低).
const SHARED_PREFIX = /^单位(?:地区生产总值|国内生产总值|GDP|工业增加值|增加值)/;
const SHARED_SUFFIX = /(?:降低|下降|减少|提高|提升)(?:率)?$/;

// A share's or rate's word two joined names share (制造业投资和民间投资占比 → 制造业投资占比).
const SHARED_MEASURE = /(?:占比|比重|比例|增速|增幅)$/;

function sharedFirstName(first: string, second: string): string {
  const measure = SHARED_MEASURE.exec(second)?.[0];
  return measure && !SHARED_MEASURE.test(first) ? first + measure : first;
}

// "地区生产总值、一般公共预算收入分别增长6%和5%": names and targets paired in order.
const RESPECTIVELY = /^(.+?)分别(\D*?)(\d.*)$/;

function readRespectively(clause: Piece): ItemRead[] | null {
  const m = RESPECTIVELY.exec(clause.text);
  if (!m) return null;
  const names = respectiveNames(
    m[1]
      .split(/[、和及与]/)
      .map(tidyName)
      .filter((n) => n.length >= 2),
  );
  const targets = m[3].split(/[、和]/).map((t) => m[2] + t.trim());
  // "一二三产增加值分别增长3.5%、6%、5%": one name standing for the three sectors.
  const sectors =
    names.length === 1 ? /^(?:其中)?([一二三])([一二三])([一二三])?产(.+)$/.exec(names[0]) : null;
  if (sectors) {
    names.splice(0, 1, ...sectors.slice(1, 4).flatMap((n) => (n ? [`${n}产${sectors[4]}`] : [])));
  }
  if (names.length < 2 || names.length !== targets.length) return null;
  return names.map((name, i) => ({
    name,
    targetText: targets[i],
    targetStart: clause.start,
    qualitative: false,
    start: clause.start,
    end: clause.end,
  }));
}

/** The `name + target` items of one clause of targets (lists sharing a target give one each). */
export function readItems(clause: Piece): ItemRead[] {
  const respectively = readRespectively(clause);
  if (respectively) return respectively;
  const items = listItems(clause);
  const out: ItemRead[] = [];
  let pending: Piece[] = [];
  for (const item of items) {
    const r = readTargetClause(item);
    // "提出6项指标": a count of the indicators, not one of them.
    if (r && /^\d+项(?:主要)?指标/.test(r.targetText)) continue;
    if (!r) {
      if (item.text.length >= 2 && item.text.length <= 40 && !/\d/.test(item.text)) pending.push(item);
      else pending = [];
      continue;
    }
    const numeric = /\d|[一二两三四五六七八九十][一二两三四五六七八九十百千万亿〇零]/.test(r.targetText);
    const qualitative =
      !numeric && !/同步|下达|目标|任务|高于|快于|低于|好于|优于|[ⅠⅡⅢⅣⅤ]类/.test(r.targetText);
    // "能耗和二氧化碳排放降低完成国家下达任务" · "制造业投资和民间投资占比稳步提升": two
    // indicators share one target without a number.
    const joined = numeric ? null : /^(.{2,}?)(?:和|及|以及)(.{2,})$/.exec(r.name);
    const shared =
      joined !== null &&
      !/[(（]/.test(r.name) &&
      (hasExternalTarget(r.targetText) || isIndicatorName(sharedFirstName(joined[1], joined[2])));
    if (joined && shared) {
      const second = r.nameStart + joined[1].length + (r.name.length - joined[1].length - joined[2].length);
      pending.push({ text: joined[1], start: r.nameStart, end: r.nameStart + joined[1].length });
      // "单位地区生产总值能源消耗和二氧化碳排放降低": both share the 单位… prefix and the 降低 ending.
      const prefix = SHARED_PREFIX.exec(joined[1])?.[0] ?? '';
      const suffix = SHARED_SUFFIX.exec(joined[2])?.[0] ?? '';
      const firstName = (n: string) =>
        sharedFirstName(suffix && !SHARED_SUFFIX.test(n) ? n + suffix : n, joined[2]);
      // "…二氧化碳排放累计降低": how the change is counted is the target's, not the name's.
      const own = joined[2].replace(/(?:累计|年均|五年)(?=(?:降低|下降|减少|提高|提升)(?:率)?$)/, '');
      const secondName = prefix && !/^单位/.test(own) ? prefix + own : own;
      const last = pending.length - 1;
      out.push(
        ...pending.map((p, k) => ({
          name: k === last ? firstName(tidyName(p.text)) : tidyName(p.text),
          targetText: r.targetText,
          targetStart: r.targetStart,
          qualitative,
          start: p.start,
          end: r.end,
        })),
      );
      out.push({
        name: tidyName(secondName),
        targetText: r.targetText,
        targetStart: r.targetStart,
        qualitative,
        start: second,
        end: r.end,
      });
      pending = [];
      continue;
    }
    for (const p of pending) {
      out.push({
        name: tidyName(p.text),
        targetText: r.targetText,
        targetStart: r.targetStart,
        qualitative,
        start: p.start,
        end: r.end,
      });
    }
    pending = [];
    out.push({
      name: r.name,
      targetText: r.targetText,
      targetStart: r.targetStart,
      qualitative,
      start: r.nameStart,
      end: r.end,
    });
  }
  // Names listed after a shared target do not exist; a clause of bare names is not a target.
  return out;
}

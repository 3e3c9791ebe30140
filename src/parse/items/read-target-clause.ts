import { KNOWN_BASE_UNITS } from '../../domain/numbers/units.ts';
import type { Piece } from './split-text.ts';
import { tidyName } from './split-text.ts';

/** A clause read as `name + target`: where the target text starts and what the name is. */
export interface ClauseTarget {
  name: string;
  nameStart: number;
  targetText: string;
  targetStart: number;
  end: number;
}

// Verbs and measures that open a target (增长5%左右, 达到45%以上, 涨幅2%左右, 控制在5%以内).
const LEAD =
  /(?:年均|累计|平均|分别)?(?:增长|增速|增幅|涨幅|上涨|提高到|提高至|提升到|提升至|提高|提升|下降到|下降至|下降|降低到|降低至|降低|降至|减少|控制在|保持在|稳定在|达到|达|超过|不低于|不超过|不高于|低于|高于|突破|力争|为)?\s*$/;
const NUMBER = /(?<![A-Za-z0-9.])(\d+(?:,\d{3})*(?:\.\d+)?)(?![A-Za-z])/g;
// Units a Chinese-numeral amount ends with; not time (十二年免费教育 is no amount).
const AMOUNT_UNITS = KNOWN_BASE_UNITS.filter((u) => !/^(?:年|天|日|期|度)$/.test(u))
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
// Two or more Chinese numerals before a measure word (一千五百套, 三万人, 五万千瓦): one character
// (一个) is not.
const CHINESE_AMOUNT = new RegExp(
  `(?<![一二两三四五六七八九十百千万亿〇零第])[一二两三四五六七八九十][一二两三四五六七八九十百千万亿〇零]+(?=(?:多|余)?(?:万亿|亿|万)?(?:${AMOUNT_UNITS})(?:左右|以上|以内|以下)?$)`,
);
const PERCENT_WORDS = /(?:由|从)?百分之[一二两三四五六七八九十百零〇点]+/;
const RANGE_JOIN = /^\s*%?\s*(?:至|到|-|~|～|—|–)\s*$/;
const RELATIVE = /(?:与|和|同)[\u4e00-\u9fff]{2,12}?(?:增长)?(?:基本)?(?:保持)?同步/;
// 完成省下达目标 · 完成国家下达的目标任务 · 完成省定目标 (省定: set by the province).
const EXTERNAL =
  /(?:完成|达到|实现|控制在)(?:国家|省|省级|上级|市|市级|中央|自治区)?(?:下达|下发|确定|核定|分解|定)?(?:我省|我市|我区)?的?(?:[\u4e00-\u9fff]{0,12}?)(?:控制|约束性|考核|减排)?(?:目标|任务|指标)(?:任务|要求)?(?:内|以内)?/;
const QUALITATIVE =
  /(?:持续改善|稳步提升|稳步提高|保持稳定|基本稳定|保持基本平衡|基本平衡|持续提升|进一步提高|稳中有升|明显改善|持续下降|持续减少|稳步下降|进一步下降|持续好转|不断改善|总体稳定|不断提高|稳定增长|合理增长|持续增长|只增不减|保持优良|持续向好|明显上升|有所提高|有所增加|有所上升|稳步增长|较快增长|稳步较快增长|同步提高|保持全国(?:前列|领先)|(?:走在|位居|保持)全国前列|全国领先|达到全国(?:平均水平|中上水平|先进水平)|翻一番|翻两番|如期实现)$/;
// 增速高于地区生产总值增速 · 增速快于城镇居民 · 保持在全国平均水平以上: a target set against
// another figure, not a number.
const COMPARATIVE =
  /(?:持续|继续|始终|力争|努力|保持|确保)?(?:高于|快于|略高于|不低于|低于|好于|优于|跑赢|保持在)(?:全国|全省|全市|全区|地区生产总值|国内生产总值|经济|城镇|农村|全部|财政|同期|上年)[\u4e00-\u9fff()（）]{0,24}$/;
const LIST_MARKER = /^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[①-⑳]|[一二三四五六七八九十]是)\s*/;
// Time words are not part of a name: 单位生产总值能耗五年累计降低15% names 单位生产总值能耗.
const TRAILING_WORDS =
  /(?:力争|确保|努力|继续|实现|要|将|均|稳定|进一步|基本|全年|今年|年内|五年|期间|同口径|实际|按可比价格计算|可比价|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)?|(?:到|至)?\d{4}年(?:底|末)?)+$/;
const LEADING_WORDS =
  /^(?:(?:到|至)?\d{4}年(?:底|末)?|今年|全年|年内|五年|今后五年|未来五年|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)?|其中|力争|确保|同时|另外|,)+/;
// "完成市下达的节能减排任务": the name sits inside the assigned target.
const EXTERNAL_NAMED =
  /^(?:确保)?(?:完成|落实|实现)(?:国家|省|省级|上级|市|市级|自治区|中央)?(?:下达|下发|确定|核定|分解|定)(?:我省|我市|我区)?的?(?!目标|任务|控制)([\u4e00-\u9fffA-Za-z0-9.()、]{2,24}?)(?:控制|约束性|减排)?(?:目标任务|目标|任务|指标)(?:要求)?$/;

/**
 * Reads one clause of a targets paragraph. The target starts at the last number that is not a
 * year (names may hold numbers: 每千人口拥有3岁以下婴幼儿托位数), widened back over a range
 * (4.5%至5%) and the verb that opens it; else at 与…同步 or 完成国家下达目标.
 */
export function readTargetClause(piece: Piece): ClauseTarget | null {
  // A list marker inside the paragraph ((2)…, 3.…, ①…, 一是…) is not part of the name.
  const marker = LIST_MARKER.exec(piece.text)?.[0].length ?? 0;
  const p: Piece = { text: piece.text.slice(marker), start: piece.start + marker, end: piece.end };
  const t = p.text;
  let targetAt = -1;
  let nameEnd = -1;
  const numbers = [...t.matchAll(NUMBER)].filter((m) => !isYear(t, m));
  if (numbers.length > 0) {
    let k = numbers.length - 1;
    while (k > 0) {
      const prev = numbers[k - 1];
      const between = t.slice(prev.index + prev[0].length, numbers[k].index);
      if (!RANGE_JOIN.test(between)) break;
      k--;
    }
    const at = numbers[k].index;
    const lead = LEAD.exec(t.slice(0, at));
    targetAt = lead ? at - lead[0].length : at;
    // "失业率为5.5%左右": 为 ends the name but says nothing about the target.
    if (lead && /^为\s*$/.test(lead[0])) {
      nameEnd = targetAt;
      targetAt = at;
    }
  } else if (PERCENT_WORDS.test(t)) {
    // "实际年均增长百分之五" · "提高到百分之七十以上": a share written in words (old outlines).
    const all = [...t.matchAll(new RegExp(PERCENT_WORDS.source, 'g'))];
    let k = all.length - 1;
    while (
      k > 0 &&
      /^(?:提高到|增加到|降到|降为|到|至|～|~|-)$/.test(
        t.slice((all[k - 1].index ?? 0) + all[k - 1][0].length, all[k].index),
      )
    )
      k--;
    const at = all[k].index ?? 0;
    const lead = LEAD.exec(t.slice(0, at));
    targetAt = lead ? at - lead[0].length : at;
  } else if (CHINESE_AMOUNT.test(t)) {
    // "新增公共租赁住房一千五百套": a quantity written in Chinese numerals.
    const all = [...t.matchAll(new RegExp(CHINESE_AMOUNT.source, 'g'))];
    const at = all[all.length - 1].index ?? 0;
    const lead = LEAD.exec(t.slice(0, at));
    targetAt = lead ? at - lead[0].length : at;
    if (lead && /^为\s*$/.test(lead[0])) {
      nameEnd = targetAt;
      targetAt = at;
    }
  } else {
    const named = EXTERNAL_NAMED.exec(t);
    if (named) {
      return {
        name: tidyName(named[1]),
        nameStart: p.start,
        targetText: t,
        targetStart: p.start,
        end: p.end,
      };
    }
    const rel = RELATIVE.exec(t) ?? EXTERNAL.exec(t) ?? COMPARATIVE.exec(t);
    if (rel) targetAt = rel.index;
    else {
      const q = QUALITATIVE.exec(t);
      if (q) targetAt = q.index;
    }
    // "稳定达到Ⅲ类" · "保持Ⅱ类进出": a water-quality class is a level too.
    const grade = targetAt < 0 ? /(?:稳定)?(?:达到|保持在?|好于|优于)(?:[ⅠⅡⅢⅣⅤ]|[IV]{1,3})类/.exec(t) : null;
    if (grade) targetAt = grade.index;
  }
  if (targetAt < 0) return null;
  const rawName = t.slice(0, nameEnd >= 0 ? nameEnd : targetAt);
  const leading = LEADING_WORDS.exec(rawName)?.[0].length ?? 0;
  const name = tidyName(
    rawName
      .slice(leading)
      .replace(TRAILING_WORDS, '')
      .replace(/(?:增长|的)$/, ''),
  );
  if (name.length < 2) return null;
  return {
    name,
    nameStart: p.start + leading,
    targetText: t.slice(targetAt).trim(),
    targetStart: p.start + targetAt,
    end: p.end,
  };
}

export function isYear(text: string, m: RegExpMatchArray): boolean {
  const after = text.slice((m.index ?? 0) + m[0].length);
  const v = Number(m[1]);
  return /^\s*年/.test(after) && v >= 1900 && v <= 2100 && !/\./.test(m[1]);
}

/** A clause with no target that reads as the group heading of the targets after it. */
export function isCategoryClause(p: Piece): boolean {
  const t = p.text;
  return (
    t.length >= 4 &&
    t.length <= 24 &&
    !/\d/.test(t) &&
    !RELATIVE.test(t) &&
    !EXTERNAL.test(t) &&
    !COMPARATIVE.test(t)
  );
}

// What a measurable indicator's name ends with (…占比, …增速, …收入, …产量, …寿命).
const INDICATOR_END =
  /(?:率|比重|比例|占比|增速|增幅|强度|浓度|指数|收入|总值|总额|产量|产能|面积|年限|寿命|人数|投资|消费|总量|排放|消耗|能耗|产值|增加值|数量|拥有量|水质|价格|报酬|储备|就业|支出|规模)$/;

/**
 * Whether a name read before a qualitative target (稳步提升, 只增不减) is a measurable indicator
 * (制造业投资占比, 粮食产量) rather than a goal (城市功能, 生活品质).
 */
export function isIndicatorName(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && INDICATOR_END.test(name);
}

export function hasExternalTarget(text: string): boolean {
  return EXTERNAL.test(text);
}

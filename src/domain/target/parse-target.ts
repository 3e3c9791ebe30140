import type { CatalogEntry } from '../catalog/catalog.types.ts';
import { findCatalogEntry } from '../catalog/indicator-catalog.ts';
import { roundNoise } from '../numbers/parse-number.ts';
import { convertUnit, normalizeQuantity, unitDimension } from '../numbers/units.ts';
import { cleanTargetText, readYears, removeNonTargetNumbers } from './clean-target-text.ts';
import { type FoundNumber, findNumbers, firstNumberFrom } from './find-numbers.ts';
import { inferDirection, qualitativeDirection } from './infer-direction.ts';
import { readComparator } from './read-comparator.ts';
import { CLAUSE_BREAK, RATE_CLAUSE, readCompound } from './read-compound.ts';
import { readKind } from './read-kind.ts';
import { readRange } from './read-range.ts';
import { readSetPhrase, readTimes, type SetPhrase } from './read-set-phrase.ts';
import type { Target, TargetKind } from './target.types.ts';
import { ASSIGNED, DECREASE_VERB, INCREASE_VERB, TARGET_START, TO_LEVEL } from './target-patterns.ts';

export interface ParseTargetContext {
  /** The indicator the target belongs to: stripped from the text, and used for the direction. */
  indicatorName?: string;
}

/**
 * Parses a target expression (全年目标) into a typed target; see DESIGN.md "Target expressions".
 * Never throws: text it cannot read becomes a qualitative target with a warning.
 *
 * @example parseTarget('增长5%左右') // growth, approx, value 5, direction up
 * @example parseTarget('60万人以上') // quantity, gte, value 60, unit 万人, normalized 600000 人
 * @example parseTarget('下降3%左右') // growth, approx, value −3, direction down
 * @example parseTarget('102左右', { indicatorName: '居民消费价格指数' }) // index, impliedGrowth 2
 */
export function parseTarget(text: string, context: ParseTargetContext = {}): Target {
  const raw = typeof text === 'string' ? text : '';
  try {
    return readTarget(raw, context);
  } catch (error) {
    return qualitative(raw, null, [`could not read the target: ${(error as Error).message}`]);
  }
}

function readTarget(raw: string, context: ParseTargetContext): Target {
  const cleaned = cleanTargetText(raw);
  if (cleaned === '') return qualitative(raw, null, ['empty target text']);
  const { byYear, baseYear } = readYears(cleaned);
  let body = removeNonTargetNumbers(cleaned);

  const contextName = context.indicatorName ? cleanTargetText(context.indicatorName) : '';
  if (contextName) {
    const at = body.indexOf(contextName);
    // "完成市下达的节能减排任务": a name inside the assigned target stays in it.
    if (at >= 0 && !/下达的?$/.test(body.slice(0, at))) body = body.slice(at + contextName.length);
  }
  const { main, strive } = splitStretch(body);
  const start = targetStart(main);
  const writtenName = contextName || main.slice(0, start);
  const entry = writtenName.length >= 2 ? findCatalogEntry(writtenName.replace(/PMx/g, 'PM2.5')) : null;
  const rest = main.slice(start);
  const withYear = (t: Target): Target => ({
    ...t,
    ...(byYear === null ? {} : { byYear }),
    ...(baseYear === null ? {} : { baseYear }),
  });

  if (ASSIGNED.test(main) && findNumbers(rest).length === 0) {
    return withYear({ ...empty(raw, 'external'), direction: entry?.direction ?? null });
  }
  const reference = readReference(main);
  const times = readTimes(rest, baseYear !== null);
  if (times) return withYear(fromPhrase(raw, times, entry));
  const numeric = readNumeric(raw, rest, entry, writtenName, contextName);
  if (numeric) {
    // 增长6%、高于全国平均水平: the number is the target; the comparison is kept beside it.
    const stretch = readStretch(strive, numeric);
    return withYear({
      ...numeric,
      ...(stretch === null ? {} : { stretch }),
      ...(reference === null ? {} : { reference }),
    });
  }
  if (reference !== null) {
    return withYear({ ...empty(raw, 'relative'), reference, direction: entry?.direction ?? 'up' });
  }
  const phrase = readSetPhrase(main);
  if (phrase) return withYear(fromPhrase(raw, phrase, entry));
  const direction = qualitativeDirection(body, entry);
  if (direction === undefined)
    return withYear(qualitative(raw, null, ['no number, comparison or known phrase found']));
  return withYear(qualitative(raw, direction, undefined));
}

/** Splits 增长5%左右、力争6% into the main target and the 力争 (stretch) part. */
function splitStretch(body: string): { main: string; strive: string } {
  const m = /[,、;]?(?:力争|努力争取|争取)/.exec(body);
  if (!m) return { main: body, strive: '' };
  const main = body.slice(0, m.index);
  const strive = body.slice(m.index + m[0].length);
  // 力争达到6%: nothing before 力争 but the name, so the 力争 part is the target.
  if (findNumbers(main).length === 0 && !/同步|下达/.test(main)) return { main: main + strive, strive: '' };
  return { main, strive };
}

/**
 * Where the target starts after a leading indicator name: at the first target verb that has a
 * number after it (so digits in a name, 3岁以下婴幼儿, are skipped), else at the first number.
 */
function targetStart(text: string): number {
  const numbers = findNumbers(text);
  for (const m of text.matchAll(TARGET_START)) {
    if (firstNumberFrom(numbers, m.index + m[0].length)) return m.index;
  }
  if (numbers.length > 0) {
    // Keep the comparison written just before the number: >7, 〔13.5〕, 突破1万亿元, 约5%.
    const start = numbers[0].start;
    const lead =
      /(?:突破|不小于|不大于|大于|多于|少于|小于|最多|大约|大概|大致|约|接近|将近|(?<!附)近|[[<>≤≥])+$/.exec(
        text.slice(0, start),
      );
    return lead ? lead.index : start;
  }
  const verb =
    /与|完成|持续|稳步|稳中|保持|不断|进一步|逐步|明显|实现|确保|下降|降低|提高|提升|改善|增长/.exec(text);
  return verb ? verb.index : 0;
}

function readReference(text: string): string | null {
  if (/(?:高于|快于|好于|不低于|略高于|跑赢)全国(?:平均)?(?:水平)?/.test(text)) return '全国平均水平';
  const m =
    /(?:与|和|同)(.{1,24}?)(?:增长|增速|增幅)?(?:基本)?同步/.exec(text) ??
    /(?:快于|高于|不低于|略高于|跑赢|[>≥])(.{1,24}?)(?:增长|增速|增幅)(?:$|[,;。])/.exec(text);
  if (!m) return null;
  const written = m[1].replace(/(?:增长|增速|增幅)$/, '');
  return findCatalogEntry(written)?.nameZh ?? findCatalogEntry(`${written}增长`)?.nameZh ?? written;
}

function readNumeric(
  raw: string,
  rest: string,
  entry: CatalogEntry | null,
  writtenName: string,
  contextName: string,
): Target | null {
  const numbers = findNumbers(rest);
  if (numbers.length === 0) return null;
  // "年均增长5%左右，到2030年达到1.2万亿元": a rate and an end level for one indicator. The
  // rate is the target (it is what is assessed each year); the level is reported in a warning.
  const compound = readCompound(rest, numbers);
  const to = compound ? null : TO_LEVEL.exec(rest);
  const afterTo = to ? firstNumberFrom(numbers, to.index + to[0].length) : null;
  const chosen = compound?.rate ?? afterTo ?? numbers[0];
  const before = rest.slice(0, chosen.start);
  const range = readRange(rest, chosen, numbers);
  // 分别增长5%和6%左右: one sentence, several targets; the first is kept, the qualifier is shared.
  const several = !range && /分别/.test(writtenName + before) ? chainAfter(rest, chosen, numbers) : null;
  const last = range ? range.to : (several ?? chosen);
  const after = rest.slice(last.end);
  const unit = range?.unit ?? chosen.unit ?? unitFromName(contextName);

  const isTo = afterTo !== null;
  // 万元地区生产总值能耗降低 | 3%: the name carries the verb the table cell leaves out.
  const nameDecreases =
    // [13.5] in a 降低 row reaches here as 累计13.5 (read-table-indicators spells it out).
    /^(?:\[|累计|年均)?$/.test(before) &&
    (unit === null || unitDimension(unit) === 'percent') &&
    /(?:下降|降低|减少)(?:率|幅度)?(?:\([^()]*\))?$/.test(writtenName);
  const decreasing =
    DECREASE_VERB.test(before) || nameDecreases || (!isTo && /^(?:下降|降低|减少)/.test(after));
  const increasing = INCREASE_VERB.test(before);
  const hasVerb = decreasing || increasing || isTo || /年均|累计/.test(before);
  const nameSaysGrowth = /增长(?!率)|增速|增幅|涨幅/.test(writtenName);
  const bracketed = /\[$/.test(before) && /^\]/.test(rest.slice(chosen.end));
  const kind = readKind({
    before,
    unit,
    isTo,
    decreasing,
    increasing,
    hasVerb,
    entry,
    writtenName,
    value: chosen.value,
    bracketed,
  });
  const signed = (v: number) =>
    decreasing && !isTo && kind !== 'level' && kind !== 'quantity' && kind !== 'index' ? -Math.abs(v) : v;

  const written = range ? 'range' : readComparator(before, after);
  const signedDown = decreasing && !isTo && signed(chosen.value) < 0;
  // 下降3.4%以上 is a fall of at least 3.4: the signed value −3.4 is a ceiling.
  const comparator =
    signedDown && written === 'gte' ? 'lte' : signedDown && written === 'lte' ? 'gte' : written;
  const percentLike = kind === 'growth' || kind === 'cagr' || (kind === 'cumulative_change' && unit === null);
  const normalizeUnit = unit ?? (percentLike || nameSaysGrowth ? '%' : '');
  // A rate written without its sign ([3.5], a cell under 增长(%)) is in %: unit and normalized agree.
  const shownUnit = unit ?? (normalizeUnit === '%' ? '%' : null);
  let value: number | null = signed(chosen.value);
  let min: number | null = null;
  let max: number | null = null;
  if (range) {
    const a = signed(range.from.value);
    const b = signed(range.to.value);
    min = Math.min(a, b);
    max = Math.max(a, b);
    value = null;
  }
  // A range has no single value; its midpoint stands for it where one number is needed.
  const single = value ?? roundNoise(((min ?? 0) + (max ?? 0)) / 2);
  const direction = inferDirection({
    kind,
    comparator,
    decreasing,
    ceiling: /涨幅|控制|不超过|不高于/.test(before) || /涨幅/.test(writtenName),
    entry,
  });
  const target: Target = {
    text: raw,
    kind,
    comparator,
    value,
    min,
    max,
    unit: shownUnit,
    normalized: normalizeQuantity(single, normalizeUnit),
    direction,
    reference: null,
    // DESIGN lists the key for every target: null unless an index (102左右) implies a growth.
    impliedGrowth: kind === 'index' ? roundNoise(single - 100) : null,
  };
  if (several) target.warnings = ['several values (分别): the first is taken as the target'];
  if (compound) {
    // Quote the level clause as written (with its year), not the year-stripped form read here.
    const written = cleanTargetText(raw)
      .split(CLAUSE_BREAK)
      .find((p) => p.includes(compound.level) && !RATE_CLAUSE.test(p));
    target.warnings = [
      `also states an end level (${written ?? compound.level}): the rate is taken as the target`,
    ];
  }
  return target;
}

/** The last number of a list 5%和6% / 5%、6% that starts at the chosen number, or null. */
function chainAfter(text: string, chosen: FoundNumber, numbers: FoundNumber[]): FoundNumber | null {
  let last = chosen;
  for (const next of numbers.slice(numbers.indexOf(chosen) + 1)) {
    if (!/^(?:和|与|及|、|,)$/.test(text.slice(last.end, next.start))) break;
    last = next;
  }
  return last === chosen ? null : last;
}

/** A unit written in the indicator's name, as tables do: 城镇新增就业(万人). */
function unitFromName(name: string): string | null {
  const m = /\(([^()]+)\)$/.exec(name);
  return m && unitDimension(m[1]) !== null ? m[1] : null;
}

function readStretch(strive: string, main: Target): number | null {
  if (strive === '') return null;
  const found: FoundNumber | undefined = findNumbers(strive)[0];
  if (!found) return null;
  let value = found.value;
  if (found.unit && main.unit && found.unit !== main.unit)
    value = convertUnit(value, found.unit, main.unit) ?? value;
  const mainValue = main.value ?? main.max ?? 0;
  return mainValue < 0 ? -Math.abs(value) : value;
}

/** A rate stated in words (翻一番, 增长1倍): in %, up unless the catalog says otherwise. */
function fromPhrase(raw: string, phrase: SetPhrase, entry: CatalogEntry | null): Target {
  const { value } = phrase;
  return {
    ...empty(raw, phrase.kind),
    comparator: phrase.comparator,
    value,
    unit: '%',
    normalized: { value, unit: '%' },
    direction: entry?.direction ?? 'up',
  };
}

function empty(text: string, kind: TargetKind): Target {
  return {
    text,
    kind,
    comparator: null,
    value: null,
    min: null,
    max: null,
    unit: null,
    normalized: null,
    direction: null,
    reference: null,
    impliedGrowth: null,
  };
}

function qualitative(text: string, direction: Target['direction'], warnings: string[] | undefined): Target {
  const target: Target = { ...empty(text, 'qualitative'), direction };
  if (warnings) target.warnings = warnings;
  return target;
}

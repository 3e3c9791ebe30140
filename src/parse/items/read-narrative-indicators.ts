import { findCatalogEntry } from '../../domain/catalog/indicator-catalog.ts';
import type { Block } from '../blocks/block.types.ts';
import type { FoundIndicator } from './item.types.ts';
import { type ParseTargetFn, readItems } from './read-paragraph-indicators.ts';
import { isIndicatorName } from './read-target-clause.ts';
import { clauses, type Piece, sentences } from './split-text.ts';

/**
 * Where targets are stated in running text rather than a list: the paragraphs of a five-year
 * goals part (“十五五”时期主要目标和重大任务, 今后五年的目标任务 …, 一是…，全省地区生产总值年均增长
 * 5%以上。), and the paragraphs of the targets part that explain the year's list (城镇调查失业率
 * 5.5%左右，这充分考虑了…). Each scope is a run of blocks with the words that date it.
 */
export interface NarrativeScope {
  /** Block indices of the scope. */
  blocks: number[];
  /** The words that say which period (the heading that opened the scope). */
  context: string;
}

// A heading (or a short lead-in line) that opens the goals of a plan period.
const GOALS_HEADING = /目标/;
const PERIOD_WORDS =
  /十[一二三四五六七八九]?五|[“"][一二三四五六七八九]五[”"]|[一二三四五六七八九]五[”"]?(?:计划|时期|期间)|五年|20\d\d\s*年|远景|纲要/;
// What closes a scope: the tasks of the year, or the next part.
const TASKS_HEADING = /重点工作|主要任务|重点任务|工作安排|政府工作|任务和措施|总体要求/;
const MAX_SCOPE = 40;

export function findNarrativeScopes(
  blocks: Block[],
  roles: string[],
  isRead: (i: number) => boolean,
  isCurrent: (context: string) => boolean,
  listInScope = false,
): NarrativeScope[] {
  const out: NarrativeScope[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table' || !opensGoals(b)) continue;
    if (!isCurrent(b.text)) continue;
    const scope: number[] = b.kind === 'paragraph' && !isLeadIn(b) ? [i] : [];
    let k = i + 1;
    for (; k < blocks.length && scope.length < MAX_SCOPE; k++) {
      const n = blocks[k];
      if (n.kind === 'table') continue;
      // The year's targets list, or the tasks part after goals opened outside it, ends the goals.
      if (closes(n, b) || (isRead(k) && !listInScope) || (roles[k] === 'tasks' && roles[i] !== 'tasks'))
        break;
      scope.push(k);
    }
    const kept = scope.filter((j) => !isRead(j) && blocks[j].kind === 'paragraph');
    if (kept.length > 0) out.push({ blocks: kept, context: b.text });
    i = Math.max(i, k - 1);
  }
  // "《纲要草案》据此细化设定了今后五年…主要指标，包括地区生产总值年均增长5%左右…": a paragraph
  // presenting the outline's targets wherever it stands.
  const covered = new Set(out.flatMap((s) => s.blocks));
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || covered.has(i) || isRead(i) || !PRESENTS_OUTLINE.test(b.text)) return;
    if (isCurrent(b.text)) out.push({ blocks: [i], context: b.text.slice(0, 120) });
  });
  // The targets part of an annual report: its paragraphs beside the list explain or add targets.
  const inScope = new Set(out.flatMap((s) => s.blocks));
  const targetsPart = roles
    .map((r, i) => i)
    .filter((i) => roles[i] === 'targets' && blocks[i].kind === 'paragraph' && !isRead(i) && !inScope.has(i));
  if (targetsPart.length > 0) out.push({ blocks: targetsPart, context: '' });
  return out;
}

function opensGoals(b: Exclude<Block, { kind: 'table' }>): boolean {
  const lead = b.kind === 'heading' || isLeadIn(b) ? b.text : '';
  if (lead === '' || !PERIOD_WORDS.test(lead)) return false;
  // "二、“十五五”时期经济社会发展重点任务": a five-year part states its targets among its tasks.
  // Not when the same part holds the year's work (“十五五”时期目标任务和2026年工作安排).
  if (FIVE_YEAR_PART.test(lead) && /目标|任务/.test(lead) && !YEAR_WORK.test(lead)) return true;
  return GOALS_HEADING.test(lead) && !TASKS_HEADING.test(lead);
}

const PRESENTS_OUTLINE =
  /纲要(?:（草案）|\(草案\)|草案)?》?[^。]{0,80}(?:主要指标|主要目标|奋斗目标|目标是|提出)/;
const YEAR_WORK = /\d{4}\s*年|今年|工作安排|重点工作|政府工作/;
const FIVE_YEAR_PART = /十[一二三四五六七八九]?五[”"]?(?:时期|期间|规划)|今后五年|未来五年/;

// "“十五五”时期，要努力实现以下目标任务：": a paragraph that only announces what follows.
// "“十五五”时期主要目标": a short line without sentence punctuation is a heading in all but name.
function isLeadIn(b: Exclude<Block, { kind: 'table' }>): boolean {
  if (b.kind !== 'paragraph') return false;
  return (
    (b.text.length <= 60 && /[:：]\s*$/.test(b.text)) ||
    (b.text.length <= 30 && !/[。，；,;！？]/.test(b.text))
  );
}

function closes(n: Exclude<Block, { kind: 'table' }>, opener: Exclude<Block, { kind: 'table' }>): boolean {
  if (n.kind !== 'heading') return n.marker?.level === 'part' && (opener.marker?.level ?? 'part') === 'part';
  const level = n.marker?.level ?? null;
  if (level === 'section' || level === 'item') return TASKS_HEADING.test(n.text);
  return true;
}

const REVIEW_OPENING =
  /^(?:[“"]?十[一二三四五六七八九]?五[”"]?时期[，,]?(?:我们|全省|全市|全区)|过去(?:五|一)年|五年来|一年来|回顾)/;
// What opens a name without being part of it (提出地区生产总值年均增长5%左右).
const NAME_LEAD = /^(?:包括|其中|主要有|提出|明确|预计|要|努力|争取|力争|确保|推动|促进|实现)+/;
// Words of the past (results, not targets) and of tasks (commitments, not indicators).
const PAST = /去年|上年|过去|“?十四五”?(?:时期|期间|以来)|以来|已经|已(?!有)|实现了|取得了|完成了|累计完成/;
const TASK_START =
  /^(?:加快|推进|推动|建设|建成|打造|培育|实施|新建|新增|改造|完成(?!国家)|开展|组织|引进|支持|建立|创建|布局|设立|启动|发放|实现(?![^，。]{0,12}(?:翻|增长|达到))|形成|构建|争创|力争建成|谋划)/;
// Target wording after a number: what makes "A 5%" a target rather than a fact.
const TARGET_WORDING =
  /年均|左右|以上|以内|以下|不低于|不高于|不超过|达到|达|提高到|提高至|提升到|提升至|提高|提升|降低|下降|控制在|保持在|稳定在|突破|超过|增长|翻一番|翻两番/;

/**
 * The targets stated in running text: clauses read as `name + target` whose name is an
 * indicator and whose target is worded as one; tasks (打造4个集群) and results (去年增长5.4%)
 * are not targets. Every one is offered with the period of its scope.
 */
export function readNarrativeIndicators(body: Piece, period: string, parse: ParseTargetFn): FoundIndicator[] {
  const out: FoundIndicator[] = [];
  const all = sentences(body);
  // "“十四五”时期，我们…" · "五年来…": a paragraph that opens on the years behind reviews them.
  if (all.length > 0 && REVIEW_OPENING.test(all[0].text)) return out;
  for (const sentence of all) {
    if (PAST.test(sentence.text)) continue;
    for (const clause of clauses(sentence)) {
      for (const read of readItems(clause)) {
        const lead = NAME_LEAD.exec(read.name)?.[0].length ?? 0;
        const item = { ...read, name: read.name.slice(lead), start: read.start + lead };
        if (!isNarrativeTarget(item.name, item.targetText, item.qualitative)) continue;
        const binding = /约束性/.test(clause.text);
        out.push({
          kind: 'indicator',
          source: 'paragraph',
          name: item.name,
          attribute: binding ? 'binding' : 'expected',
          attributeStated: binding || /预期性/.test(clause.text),
          category: null,
          period,
          target: parse(item.targetText, item.name),
          start: item.start,
          end: item.end,
        });
      }
    }
  }
  return out;
}

function isNarrativeTarget(name: string, targetText: string, qualitative: boolean): boolean {
  if (name.length < 2 || name.length > 24 || TASK_START.test(name) || /[，,：:]/.test(name)) return false;
  // "提出6项指标": a count of indicators, not one.
  if (/^\d+项(?:主要)?指标/.test(targetText)) return false;
  // "比一九九五年的…增加": the base of a change is not the indicator's name.
  if (/比(?:\d{4}|[一二三四五六七八九〇○零]{4})年|比上年|^《/.test(name)) return false;
  const numeric = /\d|[一二三四五六七八九十百千万亿]{2,}|[百千]分之/.test(targetText);
  // Without a number, only a measurable indicator's name makes a target (not 如期, 长江, 全面).
  if (!numeric) return isIndicatorName(name) || findCatalogEntry(name) !== null;
  return isIndicatorName(name) || TARGET_WORDING.test(targetText);
}

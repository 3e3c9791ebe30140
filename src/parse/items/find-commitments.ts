import { normalizeQuantity } from '../../domain/numbers/units.ts';
import type { Comparator } from '../../domain/target/target.types.ts';
import { findQuantities, mayHoldQuantity } from './find-quantities.ts';
import { respectiveNames } from './respective-names.ts';
import { clauses, listItems, type Piece } from './split-text.ts';

export interface FoundCommitment {
  kind: 'commitment';
  text: string;
  value: number;
  unit: string;
  comparator: Comparator;
  normalized: { value: number; unit: string };
  subject: string;
  start: number;
  end: number;
}

// Action verbs a quantitative commitment opens with; longest first so 新建改建 beats 新建.
const VERBS = [
  '新建改扩建',
  '筹措供应',
  '新建改建',
  '新建改造',
  '培育打造',
  '盘活处置',
  '加快建设',
  '新认定',
  '新开工',
  '改扩建',
  '新改建',
  '新增',
  '新建',
  '改建',
  '扩建',
  '建设',
  '建成',
  '打造',
  '培育',
  '完成',
  '实施',
  '启动',
  '盘活',
  '落实',
  '推进',
  '开展',
  '安排',
  '举办',
  '创建',
  '引进',
  '认定',
  '改造',
  '开通',
  '新开',
  '培训',
  '发放',
  '减少',
  '增加',
  '建立',
  '布局',
  '吸引',
  '招引',
  '培养',
  '上线',
  '设立',
  '整治',
  '治理',
  '修复',
  '淘汰',
  '更新',
  '增设',
  '配建',
  '提供',
  '供应',
  '筹集',
  '帮扶',
  '资助',
  '削减',
  '压减',
  // Not actions of their own but labels (续建项目60个) or the reach of one (惠及居民2万户):
  // the verb of the list before does not carry over to them.
  '续建',
  '竣工',
  '在建',
  '惠及',
  '覆盖',
  '带动',
  '受益',
  '建',
];
const VERB = new RegExp(`^(?:全年|力争|再|累计|计划|年内|今年)*(${VERBS.join('|')})`);
const CONNECTOR = /^(?:其中|另外|另|并|和|及|同时|以及)+/;
// A deadline before the action (9月底前完成…, 年底前建成…) is not part of the commitment's text.
const DEADLINE =
  /^(?:(?:到|至)?\s*\d{4}\s*年\s*)?(?:(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|底|末|年底|年内|上半年|下半年|第[一二三四]季度)前?)\s*/;

// Not the subject: when (到2030年, 全年), how firmly (力争), and the comparison before the number
// (…每月提高不低于20元 → …每月提高; …浓度控制在28微克 → …浓度).
const SUBJECT_LEADING = /^(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?前?|全年|今年|年内|力争|确保|努力)+[,，]?/;
const SUBJECT_TRAILING =
  /(?:(?:\d{1,2}月(?:底|末)?|年底|年内|上半年|下半年)前)?(?:力争|确保|争取)?(?:不低于|不少于|不超过|不高于|不大于|不小于|至少|超过|突破|高于|低于|多于|少于|达到|达|(?:提高|提升|增加|扩大|降低|下降|减少|缩小)(?:到|至)|增至|降至|控制在|保持在|稳定在|保持|约|接近|将近|近)?\s*$/;
// A verb that only says how the figure moves (增长8%以上): the figure is of the thing before it.
const BARE_CHANGE = /^(?:同比)?(?:增长|增加|提高|提升|下降|降低|减少)$/;
// A share or rate (覆盖率达到90%, 占…比重达到12%, 完成年度计划的100%) is a level to watch, not a
// quantity of work: not a commitment.
const SHARE_SUBJECT = /(?:(?<!增长|增)率|比重|比例|占比|份额|水平|强度|(?:目标|计划|任务)的?)$/;
// 比重提高5个百分点: a share's change, in points.
const SHARE_WORDS = /率|比重|比例|占比|份额|强度/;

// Measure words that count the things of a commitment (100所学校, 250个健身路径).
const COUNT_UNIT =
  /^(?:个|所|家|条|座|项|处|张|户|套|台|栋|幢|辆|艘|名|人|次|场|批|类|种|只|部|间|宗|块|片|支|株|棵|头)$/;

/**
 * A figure that qualifies rather than counts: inside a quoted slogan (“3个100万”, “二十条”), a size
 * class (30万吨级, 3人制), the number of areas of work (十一个方面, 十一次全会), or a measure before
 * the thing it describes when the commitment's own figure follows (步行300米内公交覆盖率提高到95%,
 * 总投资超10亿元项目50个, 海拔1500米以上学校).
 */
function isQualifier(text: string, at: number, end: number, unit: string, laterFigure: boolean): boolean {
  if (insideQuotes(text, at)) return true;
  const after = text.slice(end);
  if (
    /^(?:级|制|方面|个方面|全会|届)/.test(after) ||
    (/^(?:次|届)$/.test(unit) && /^(?:全会|会议|党代会)/.test(after))
  )
    return true;
  if (/^个$/.test(unit) && /^方面/.test(after)) return true;
  return laterFigure && !COUNT_UNIT.test(unit) && /^(?:以上|以下|以内|内|左右)?[\u4e00-\u9fff]/.test(after);
}

/** Whether offset `at` is inside “…” (or "…") in `text`. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  if (open < 0) return false;
  const closedBefore = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'));
  if (closedBefore > open) return false;
  const close = text.slice(at).search(/[”」]/);
  // A quoted slogan is short; a long stretch is an unbalanced quote, not a slogan.
  return close >= 0 && at - open + close <= 16;
}

// "培育年销售收入过10亿元的龙头企业2家": a figure qualifying the thing counted after it.
const QUALIFIER_AFTER = /^(?:以上|以下)?的/;

/**
 * Quantitative commitments in one sentence of the tasks text: every number with a unit, with
 * the phrase it belongs to. In a list sharing one verb (新建绿地500公顷、绿道100公里), the
 * later items get the verb as part of their subject (新建绿道).
 */
export function findCommitments(sentence: Piece): FoundCommitment[] {
  const out: FoundCommitment[] = [];
  if (!mayHoldQuantity(sentence.text)) return out;
  for (const clause of clauses(sentence)) {
    const paired = respectiveCommitments(clause);
    if (paired) {
      out.push(...paired);
      continue;
    }
    const items = listItems(clause);
    let verb: string | null = null;
    // Items without a figure share the next one's (新建改扩建中小学、幼儿园12所: 12 in all).
    let sharedFrom: number | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const joined = CONNECTOR.exec(item.text)?.[0].length ?? 0;
      const connector = joined + (DEADLINE.exec(item.text.slice(joined))?.[0].length ?? 0);
      const ownStart = item.start + connector;
      const start: number = sharedFrom ?? ownStart;
      const text = sentence.text.slice(start - sentence.start, item.end - sentence.start);
      const own = item.text.slice(connector);
      const ownVerb = VERB.exec(sharedFrom === null ? own : text)?.[1] ?? null;
      // "新开工项目110个、续建项目180个": 新开工 labels a count there; it is no verb to carry over.
      const labelVerb = ownVerb !== null && /^项目/.test(text.slice(text.indexOf(ownVerb) + ownVerb.length));
      if (i === 0 || ownVerb) verb = labelVerb ? null : ownVerb;
      const quantities = findQuantities(text, start).filter(
        (q, k, all) =>
          (k === all.length - 1 || !QUALIFIER_AFTER.test(text.slice(q.end - start))) &&
          !isQualifier(text, q.start - start, q.end - start, q.unit, k < all.length - 1),
      );
      if (quantities.length === 0) {
        if (!/\d/.test(own)) sharedFrom = start;
        continue;
      }
      sharedFrom = null;
      for (const q of quantities) {
        const before = text.slice(0, q.start - start);
        const after = text.slice(q.end - start);
        let subject = (before.replace(SUBJECT_TRAILING, '') + after).replace(SUBJECT_LEADING, '').trim();
        if (i > 0 && !ownVerb && verb && !subject.startsWith(verb)) subject = verb + subject;
        // "完成工业投资1600亿元，增长8%以上": the growth is of the figure just before.
        const previous = out[out.length - 1];
        if (BARE_CHANGE.test(subject) && previous && previous.end <= start)
          subject = previous.subject.replace(new RegExp(`^${VERB.source}`), '') + subject;
        // A share or rate set as a level (覆盖率达到85%以上, 占比65%) is a commitment to track; one
        // quoted as a condition (完成年度计划的100%) is not.
        if (/^[%‰]$/.test(q.unit) && /(?:目标|计划|任务)的?$/.test(subject)) continue;
        out.push({
          kind: 'commitment',
          text,
          value: q.value,
          unit: q.unit,
          comparator: q.comparator,
          normalized: normalizeQuantity(q.value, q.unit),
          subject,
          start,
          end: item.end,
        });
      }
    }
  }
  return out;
}

// "城乡低保标准分别提高到每人每月850元、650元": names and figures paired in order.
const RESPECTIVELY = /^(.*?)分别(.*)$/;

/** A 分别 clause with several figures: one commitment per figure, each with its own subject. */
function respectiveCommitments(clause: Piece): FoundCommitment[] | null {
  const m = RESPECTIVELY.exec(clause.text);
  if (!m) return null;
  const quantities = findQuantities(clause.text, clause.start);
  if (quantities.length < 2 || quantities[0].start - clause.start < m[1].length) return null;
  for (let k = 1; k < quantities.length; k++) {
    const between = clause.text.slice(
      quantities[k - 1].end - clause.start,
      quantities[k].start - clause.start,
    );
    if (!/^[、,，和及与]$/.test(between)) return null;
  }
  const joined = CONNECTOR.exec(m[1])?.[0].length ?? 0;
  const lead = m[1].slice(joined).replace(SUBJECT_LEADING, '');
  const verbPart = clause.text
    .slice(m[1].length + 2, quantities[0].start - clause.start)
    .replace(SUBJECT_TRAILING, '');
  const names = respectiveNames(lead.split(/[、和及与]/).filter((n) => n.length >= 2));
  const start = clause.start + joined;
  const text = clause.text.slice(joined);
  return quantities.map((q, i) => ({
    kind: 'commitment' as const,
    text,
    value: q.value,
    unit: q.unit,
    comparator: q.comparator,
    normalized: normalizeQuantity(q.value, q.unit),
    subject: (names.length === quantities.length ? names[i] : lead) + verbPart,
    start,
    end: clause.end,
  }));
}

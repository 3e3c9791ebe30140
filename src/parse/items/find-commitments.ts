import { normalizeQuantity } from '../../domain/numbers/units.ts';
import type { Comparator } from '../../domain/target/target.types.ts';
import { findQuantities } from './find-quantities.ts';
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
  '筹措供应',
  '新建改建',
  '培育打造',
  '盘活处置',
  '加快建设',
  '新认定',
  '新开工',
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
  '建',
];
const VERB = new RegExp(`^(?:全年|力争|再|累计|计划|年内|今年)*(${VERBS.join('|')})`);
const CONNECTOR = /^(?:其中|另外|另|并|和|及|同时|以及)+/;
// A deadline before the action (9月底前完成…, 年底前建成…) is not part of the commitment's text.
const DEADLINE = /^(?:(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|年底|年内|上半年|下半年|第[一二三四]季度)前?)\s*/;

// Not the subject: when (到2030年, 全年), how firmly (力争), and the comparison before the number
// (…每月提高不低于20元 → …每月提高; …浓度控制在28微克 → …浓度).
const SUBJECT_LEADING = /^(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?|全年|今年|年内|力争|确保|努力)+[,，]?/;
const SUBJECT_TRAILING =
  /(?:不低于|不少于|不超过|不高于|不大于|不小于|至少|超过|突破|高于|低于|多于|少于|达到|达|控制在|保持在|稳定在|约|接近|将近|近)\s*$/;

/**
 * Quantitative commitments in one sentence of the tasks text: every number with a unit, with
 * the phrase it belongs to. In a list sharing one verb (新建绿地500公顷、绿道100公里), the
 * later items get the verb as part of their subject (新建绿道).
 */
export function findCommitments(sentence: Piece): FoundCommitment[] {
  const out: FoundCommitment[] = [];
  for (const clause of clauses(sentence)) {
    const items = listItems(clause);
    let verb: string | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const joined = CONNECTOR.exec(item.text)?.[0].length ?? 0;
      const connector = joined + (DEADLINE.exec(item.text.slice(joined))?.[0].length ?? 0);
      const text = item.text.slice(connector);
      const start = item.start + connector;
      const ownVerb = VERB.exec(text)?.[1] ?? null;
      if (i === 0 || ownVerb) verb = ownVerb;
      for (const q of findQuantities(text, start)) {
        const before = text.slice(0, q.start - start);
        const after = text.slice(q.end - start);
        let subject = (before.replace(SUBJECT_TRAILING, '') + after).replace(SUBJECT_LEADING, '').trim();
        if (i > 0 && !ownVerb && verb && !subject.startsWith(verb)) subject = verb + subject;
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

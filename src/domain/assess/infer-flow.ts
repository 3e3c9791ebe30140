import type { Target } from '../target/target.types.ts';

/** Ratios and stocks per head or per area: never a year's count, whatever verb surrounds them. */
const PER_UNIT_STOCK =
  /每(?:万|千|百|十万)?(?:人|户|平方公里)|人均|拥有量|保有量|覆盖率|占比|比重|比例|强度|密度|[率度]$/;

/** Verbs of doing within the year: a count that starts again from zero each January. */
const DONE_IN_YEAR =
  /新增|新建|新开工|开工|建成|竣工|完成|引进|招引|培育|新认定|新设|落户|净增|改造|整治|植树|造林|培训|供应|筹措|发放|交付|签约/;

/** Words that name an amount held at a point in time (建设用地规模, 常住人口, 绿地面积). */
const STOCK = /人口|总量|规模|面积|总数|存量|累计|里程|床位|库容|容量|户数|保有|达到|保持|控制在/;

/** Weaker verbs, which also appear in nouns (建设用地): a flow only when no stock word is present. */
const DONE_WEAKLY = /建设|实施|打造|举办|提供|创建|开通|投运|治理|修复|接待|吸引|招商|帮扶|转移/;

/**
 * Whether an indicator the catalog does not know is an annual flow (counted from zero each year:
 * 新增公园100座, 引进人才5万人, 完成改造3000户) rather than a stock held at a point in time
 * (常住人口2500万人以内, 每万人口发明专利拥有量68件, 建设用地规模). Only quantities can be flows.
 *
 * In order: a ratio per head or area is a stock whatever verb surrounds it (每万人口新增… is a
 * ratio); a verb of doing in the name or the target text (新建50所, 改造面积) makes a flow; a stock
 * word makes a stock; a weaker verb (建设, 实施) makes a flow. A name that says none of these is a
 * stock: judging a stock as a flow turns a held level into "0% done" and `no_data`, a worse
 * mistake than judging a small count as a level.
 *
 * @example
 * readsAsAnnualFlow('新增公园', quantityTarget)         // true
 * readsAsAnnualFlow('常住人口', quantityTarget)         // false
 * readsAsAnnualFlow('旧住房成套改造面积', quantityTarget) // true: 改造 is done in the year
 */
export function readsAsAnnualFlow(name: string, target: Pick<Target, 'kind' | 'text'>): boolean {
  if (target.kind !== 'quantity') return false;
  const own = name.normalize('NFKC').replace(/\s+/g, '');
  const text = `${own}${(target.text ?? '').normalize('NFKC').replace(/\s+/g, '')}`;
  if (PER_UNIT_STOCK.test(own)) return false;
  if (DONE_IN_YEAR.test(text)) return true;
  if (STOCK.test(text)) return false;
  return DONE_WEAKLY.test(text);
}

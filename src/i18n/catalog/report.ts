import { formatAmount, formatPoints, formatShare } from '../format.ts';
import type { Lang } from '../lang.ts';
import type { Translations } from '../message.types.ts';

/**
 * Sentences of the execution report (执行情况报告) in the register of a real one: 全市生产总值增长5.3%，
 * 高于全年目标0.3个百分点. Parameters are raw numbers with their units; amounts are written here, in
 * 万/亿 in both languages, so the model that builds the messages stays free of wording.
 */

/** Chinese ordinals for （一）…（十）. */
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The problem areas of 二、存在的主要问题, worst first by default. */
const PROBLEM_ZH: Record<string, string> = {
  binding: '约束性指标完成存在风险',
  indicators: '部分主要指标低于序时进度',
  commitments: '部分量化任务进度滞后',
  projects: '部分重大项目推进慢于计划',
  measures: '部分工作措施推进滞后',
  overdue: '部分数据和进展报送不及时',
};
const PROBLEM_EN: Record<string, string> = {
  binding: 'Binding targets at risk',
  indicators: 'Some main indicators behind pace',
  commitments: 'Some quantified tasks behind schedule',
  projects: 'Some major projects slower than planned',
  measures: 'Some measures delayed',
  overdue: 'Data and progress reports overdue',
};

export type Relation = 'above' | 'equal' | 'below' | 'within' | 'over' | 'near' | 'done';

/** A difference in the item's own unit: percentage points for rates, the amount otherwise. */
function diff(value: number, unit: string | null, lang: Lang): string {
  return unit === '%' || unit == null ? formatPoints(value, lang) : formatAmount(value, unit, lang);
}

const zhList = (parts: readonly string[]) => parts.join('、');
const enList = (parts: readonly string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** 已完成2项、符合序时进度8项 from [[label, n]]; zero counts are left out. */
function zhCounts(counts: readonly (readonly [string, number])[]): string {
  return counts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}${n}项`)
    .join('、');
}
function enCounts(counts: readonly (readonly [string, number])[]): string {
  return enList(counts.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`));
}

interface StatusCountParams {
  achieved: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  basicallyAchieved: number;
  missed: number;
  pending: number;
  noData: number;
}
function zhStatusCounts(p: StatusCountParams): string {
  const judged = zhCounts([
    ['已完成', p.achieved],
    ['基本完成', p.basicallyAchieved],
    ['符合序时进度', p.onTrack],
    ['略低于序时进度', p.atRisk],
    ['明显滞后', p.offTrack],
    ['未完成', p.missed],
  ]);
  const open = zhCounts([
    ['待评估', p.pending],
    ['暂无数据', p.noData],
  ]);
  if (!judged) return open;
  return [judged, open ? `另有${open}` : ''].filter(Boolean).join('，');
}
function enStatusCounts(p: StatusCountParams): string {
  const judged = enCounts([
    ['achieved', p.achieved],
    ['basically achieved', p.basicallyAchieved],
    ['on track', p.onTrack],
    ['slightly behind pace', p.atRisk],
    ['clearly behind', p.offTrack],
    ['missed', p.missed],
  ]);
  const open = enCounts([
    ['pending assessment', p.pending],
    ['without data', p.noData],
  ]);
  if (!judged) return open;
  return [judged, open ? `with ${open}` : ''].filter(Boolean).join(', ');
}

const ZH_RISE = { growth: ['增长', '下降'], rise: ['上涨', '下降'] } as const;

interface RateParams {
  when: string;
  name: string;
  change: 'growth' | 'rise' | 'level';
  value: number;
  unit: string | null;
  relation: Relation;
  diff: number;
  target: string;
}
function zhValue(p: { change: RateParams['change']; value: number; unit: string | null }): string {
  if (p.change === 'level') return `为${formatAmount(p.value, p.unit, 'zh')}`;
  const [up, down] = ZH_RISE[p.change];
  return `${p.value >= 0 ? up : down}${formatAmount(Math.abs(p.value), '%', 'zh')}`;
}
function enValue(p: { change: RateParams['change']; value: number; unit: string | null }): string {
  if (p.change === 'level') return `stood at ${formatAmount(p.value, p.unit, 'en')}`;
  const verb = p.change === 'rise' ? (p.value >= 0 ? 'rose' : 'fell') : p.value >= 0 ? 'grew' : 'fell';
  return `${verb} ${formatAmount(Math.abs(p.value), '%', 'en')}`;
}

interface FlowParams {
  when: string;
  name: string;
  actual: number;
  unit: string | null;
  completion: number;
  points: number;
  relation: Relation;
  target: string;
  final: boolean;
}

interface ReportCountsParams extends StatusCountParams {
  total: number;
}

export const reportCatalog = {
  REPORT_TITLE_ANNUAL: {
    zh: (p: { region: string; year: number; period: string }) =>
      `关于${p.region}${p.year}年国民经济和社会发展计划${p.period}执行情况的报告`,
    en: (p: { region: string; year: number; period: string }) =>
      `Report on the Implementation of the ${p.year} National Economic and Social Development Plan of ${p.region}: ${p.period}`,
  },
  REPORT_TITLE_FIVE_YEAR: {
    zh: (p: { region: string; ordinal: string; year: number; period: string }) =>
      `关于${p.region}国民经济和社会发展${p.ordinal}规划纲要${p.year}年${p.period}实施情况的报告`,
    en: (p: { region: string; ordinal: string; year: number; period: string }) =>
      `Report on the Implementation of the Five-Year Plan Outline of ${p.region} in ${p.year}: ${p.period}`,
  },
  REPORT_TITLE_UNTITLED: {
    zh: (p: { title: string; year: number; period: string }) =>
      `关于《${p.title}》${p.year}年${p.period}执行情况的报告`,
    en: (p: { title: string; year: number; period: string }) =>
      `Report on the Implementation of “${p.title}” in ${p.year}: ${p.period}`,
  },
  REPORT_SUBTITLE: {
    zh: (p: { asOf: string }) => `（数据截至${p.asOf}）`,
    en: (p: { asOf: string }) => `(Data up to ${p.asOf})`,
  },
  REPORT_SUBTITLE_KNOWN: {
    zh: (p: { asOf: string; knownAt: string }) => `（数据截至${p.asOf}，按${p.knownAt}前掌握的数据评估）`,
    en: (p: { asOf: string; knownAt: string }) => `(Data up to ${p.asOf}, as known on ${p.knownAt})`,
  },
  REPORT_COVER_NOTE: {
    zh: () =>
      '说明：本报告所用数据含示例数据（合成数据，非真实统计），仅供演示和测试，不得作为正式材料报送或引用。',
    en: () =>
      'Note: this report uses sample data (synthetic, not real statistics). It is for demonstration and testing only and must not be submitted or cited as an official document.',
  },
  REPORT_DATE_LINE: {
    zh: (p: { date: string }) => p.date,
    en: (p: { date: string }) => p.date,
  },
  REPORT_H_EXECUTION: {
    zh: (p: { year: number; period: string }) => `一、${p.year}年${p.period}计划执行情况`,
    en: (p: { year: number; period: string }) => `I. Implementation in ${p.year}: ${p.period}`,
  },
  REPORT_H_PROBLEMS: { zh: () => '二、存在的主要问题', en: () => 'II. Main problems' },
  REPORT_H_NEXT: { zh: () => '三、下一步工作', en: () => 'III. Next steps' },
  REPORT_H_TARGETS: { zh: () => '（一）主要指标完成情况', en: () => '(1) Main targets' },
  REPORT_H_TASKS: { zh: () => '（二）主要任务推进情况', en: () => '(2) Main tasks' },
  REPORT_H_PROJECTS: { zh: () => '（三）重大项目建设情况', en: () => '(3) Major projects' },
  REPORT_OVERALL: {
    zh: (p: ReportCountsParams & { period: string; regionWord: string; binding: number; verdict: string }) =>
      `${p.period}，${p.regionWord}经济社会发展主要指标${p.verdict}。列入计划的${p.total}项主要指标中，` +
      `${p.binding > 0 ? `约束性指标${p.binding}项、预期性指标${p.total - p.binding}项。从执行情况看，` : ''}` +
      `${zhStatusCounts(p) || '均暂无评估结果'}。`,
    en: (p: ReportCountsParams & { period: string; regionWord: string; binding: number; verdict: string }) =>
      `In ${p.period}, the main indicators of ${p.regionWord}${p.verdict ? ` ${p.verdict}` : ''}. Of the ${p.total} main indicators in the plan` +
      `${p.binding > 0 ? ` (${p.binding} binding, ${p.total - p.binding} expected)` : ''}, ` +
      `${enStatusCounts(p) || 'none has been assessed yet'}.`,
  },
  REPORT_VERDICT: {
    zh: (p: { level: 'good' | 'mixed' | 'lagging' | 'open' }) =>
      ({
        good: '总体符合预期',
        mixed: '总体平稳，个别指标略低于序时进度',
        lagging: '总体平稳，部分指标明显滞后',
        open: '总体平稳',
      })[p.level],
    en: (p: { level: 'good' | 'mixed' | 'lagging' | 'open' }) =>
      ({
        good: 'were broadly in line with expectations',
        mixed: 'were broadly stable, a few slightly behind pace',
        lagging: 'were broadly stable, some clearly behind',
        open: 'were broadly stable',
      })[p.level],
  },
  REPORT_BINDING: {
    zh: (p: ReportCountsParams) => `约束性指标${p.total}项中，${zhStatusCounts(p)}。`,
    en: (p: ReportCountsParams) => `Of the ${p.total} binding indicators, ${enStatusCounts(p)}.`,
  },
  REPORT_CATEGORY_LEAD: {
    zh: (p: { n: number; name: string }) => `${p.n}.${p.name}。`,
    en: (p: { n: number; name: string }) => `${p.n}. ${p.name}. `,
  },
  REPORT_UNCATEGORIZED: { zh: () => '其他指标', en: () => 'Other indicators' },
  REPORT_IND_RATE: {
    zh: (p: RateParams) => {
      const head = `${p.when}${p.name}${zhValue(p)}`;
      switch (p.relation) {
        case 'above':
          return `${head}，高于全年目标${diff(p.diff, p.unit, 'zh')}`;
        case 'below':
          return `${head}，低于全年目标${diff(p.diff, p.unit, 'zh')}`;
        case 'within':
          return `${head}，控制在全年目标（${p.target}）以内`;
        case 'over':
          return `${head}，超出全年控制目标（${p.target}）${diff(p.diff, p.unit, 'zh')}`;
        case 'near':
          return `${head}，符合全年目标（${p.target}）要求`;
        default:
          return `${head}，与全年目标持平`;
      }
    },
    en: (p: RateParams) => {
      const head = `${p.when ? `In ${p.when}, ` : ''}${p.name} ${enValue(p)}`;
      switch (p.relation) {
        case 'above':
          return `${head}, ${diff(p.diff, p.unit, 'en')} above the annual target`;
        case 'below':
          return `${head}, ${diff(p.diff, p.unit, 'en')} below the annual target`;
        case 'within':
          return `${head}, within the annual target (${p.target})`;
        case 'over':
          return `${head}, ${diff(p.diff, p.unit, 'en')} over the annual ceiling (${p.target})`;
        case 'near':
          return `${head}, consistent with the annual target (${p.target})`;
        default:
          return `${head}, level with the annual target`;
      }
    },
  },
  REPORT_IND_TRAJECTORY: {
    zh: (p: RateParams & { point: number }) => {
      const head = `${p.when}${p.name}${zhValue(p)}`;
      const point = formatAmount(p.point, p.unit, 'zh');
      if (p.relation === 'below') return `${head}，低于序时目标值（${point}）${diff(p.diff, p.unit, 'zh')}`;
      if (p.relation === 'over') return `${head}，高于序时控制值（${point}）${diff(p.diff, p.unit, 'zh')}`;
      if (p.relation === 'above') return `${head}，高于序时目标值（${point}），全年目标为${p.target}`;
      return `${head}，接近序时目标值（${point}），全年目标为${p.target}`;
    },
    en: (p: RateParams & { point: number }) => {
      const head = `${p.when ? `In ${p.when}, ` : ''}${p.name} ${enValue(p)}`;
      const point = formatAmount(p.point, p.unit, 'en');
      if (p.relation === 'below')
        return `${head}, ${diff(p.diff, p.unit, 'en')} below the level due by now (${point})`;
      if (p.relation === 'over')
        return `${head}, ${diff(p.diff, p.unit, 'en')} above the ceiling due by now (${point})`;
      return `${head}, ${p.relation === 'above' ? 'above' : 'close to'} the level due by now (${point}; annual target ${p.target})`;
    },
  },
  REPORT_IND_FLOW: {
    zh: (p: FlowParams) => {
      const head = `${p.when}${p.name}${formatAmount(p.actual, p.unit, 'zh')}`;
      if (p.relation === 'done') return `${head}，已完成全年目标（${p.target}）`;
      const share = `完成全年目标的${formatShare(p.completion)}`;
      if (p.final) return `${head}，${share}`;
      if (p.relation === 'equal') return `${head}，${share}，与序时进度持平`;
      return `${head}，${share}，${p.relation === 'above' ? '高于' : '低于'}序时进度${formatPoints(p.points, 'zh')}`;
    },
    en: (p: FlowParams) => {
      const head = `${p.when ? `In ${p.when}, ` : ''}${p.name} reached ${formatAmount(p.actual, p.unit, 'en')}`;
      if (p.relation === 'done') return `${head}, meeting the annual target (${p.target})`;
      const share = `${formatShare(p.completion)} of the annual target`;
      if (p.final || p.relation === 'equal') return `${head}, ${share}${p.final ? '' : ', on pace'}`;
      return `${head}, ${share}, ${formatPoints(p.points, 'en')} ${p.relation === 'above' ? 'ahead of' : 'behind'} pace`;
    },
  },
  REPORT_IND_RELATIVE: {
    zh: (p: {
      when: string;
      name: string;
      value: number;
      reference: string;
      diff: number;
      synced: boolean;
    }) =>
      `${p.when}${p.name}${zhValue({ change: 'growth', value: p.value, unit: '%' })}，` +
      `${Math.abs(p.diff) < 0.05 ? `与${p.reference}增速持平` : `${p.diff > 0 ? '高于' : '低于'}${p.reference}增速${formatPoints(Math.abs(p.diff), 'zh')}`}` +
      `${p.synced ? '，与经济增长基本同步' : ''}`,
    en: (p: {
      when: string;
      name: string;
      value: number;
      reference: string;
      diff: number;
      synced: boolean;
    }) =>
      `${p.when ? `In ${p.when}, ` : ''}${p.name} ${enValue({ change: 'growth', value: p.value, unit: '%' })}, ` +
      `${Math.abs(p.diff) < 0.05 ? `level with ${p.reference}` : `${formatPoints(Math.abs(p.diff), 'en')} ${p.diff > 0 ? 'above' : 'below'} ${p.reference}`}` +
      `${p.synced ? ', broadly in step with economic growth' : ''}`,
  },
  REPORT_IND_EXTERNAL: {
    zh: (p: { name: string }) => `${p.name}待上级下达目标后评估`,
    en: (p: { name: string }) => `${p.name} awaits the target assigned by the higher level`,
  },
  REPORT_IND_QUALITATIVE: {
    zh: (p: { name: string; status: string }) => `${p.name}${p.status ? `经研判${p.status}` : '待研判'}`,
    en: (p: { name: string; status: string }) =>
      `${p.name}: ${p.status ? `judged ${p.status}` : 'awaiting a judgement'}`,
  },
  REPORT_IND_NO_DATA: {
    zh: (p: { name: string; year: number }) => `${p.name}暂无${p.year}年数据`,
    en: (p: { name: string; year: number }) => `${p.name} has no ${p.year} data yet`,
  },
  REPORT_IND_GENERIC: {
    zh: (p: { name: string; status: string; value: string }) =>
      `${p.name}${p.value ? `为${p.value}，` : ''}${p.status}`,
    en: (p: { name: string; status: string; value: string }) =>
      `${p.name}${p.value ? ` stood at ${p.value},` : ''} ${p.status.toLowerCase()}`,
  },
  REPORT_VALUE: {
    zh: (p: { change: RateParams['change']; value: number; unit: string | null }) =>
      p.change === 'level' ? formatAmount(p.value, p.unit, 'zh') : zhValue(p),
    en: (p: { change: RateParams['change']; value: number; unit: string | null }) =>
      p.change === 'level'
        ? formatAmount(p.value, p.unit, 'en')
        : `${p.value >= 0 ? '+' : '−'}${formatAmount(Math.abs(p.value), '%', 'en')}`,
  },
  REPORT_SENTENCE_END: { zh: () => '。', en: () => '.' },
  REPORT_CLAUSE_JOIN: { zh: () => '；', en: () => '; ' },
  REPORT_TABLE_TARGETS: {
    zh: (p: { n: number; year: number }) => `表${p.n}  ${p.year}年主要指标执行情况`,
    en: (p: { n: number; year: number }) => `Table ${p.n}  Main targets, ${p.year}`,
  },
  REPORT_TABLE_TASKS: {
    zh: (p: { n: number }) => `表${p.n}  主要任务推进情况`,
    en: (p: { n: number }) => `Table ${p.n}  Main tasks by section`,
  },
  REPORT_TABLE_PROJECTS: {
    zh: (p: { n: number }) => `表${p.n}  重大项目推进情况`,
    en: (p: { n: number }) => `Table ${p.n}  Major projects`,
  },
  REPORT_TABLE_SEE: {
    zh: (p: { n: number }) => `主要指标执行情况见表${p.n}。`,
    en: (p: { n: number }) => `See Table ${p.n} for every main target.`,
  },
  REPORT_COL: {
    zh: (p: { col: string }) =>
      ({
        name: '指标名称',
        attribute: '属性',
        target: '全年目标',
        actual: '执行情况',
        status: '状态',
        section: '任务领域',
        measures: '措施',
        done: '已完成',
        onTrack: '正常推进',
        delayed: '滞后',
        unreported: '未报告',
        commitments: '量化任务',
        commitmentsBehind: '其中滞后',
        project: '项目名称',
        planned: '年度计划',
        progress: '目前进展',
        investment: '年度投资完成',
        department: '牵头单位',
      })[p.col] ?? p.col,
    en: (p: { col: string }) =>
      ({
        name: 'Indicator',
        attribute: 'Type',
        target: 'Annual target',
        actual: 'Outcome',
        status: 'Status',
        section: 'Section',
        measures: 'Measures',
        done: 'Done',
        onTrack: 'On track',
        delayed: 'Delayed',
        unreported: 'Not reported',
        commitments: 'Quantified tasks',
        commitmentsBehind: 'Behind',
        project: 'Project',
        planned: 'Plan for the year',
        progress: 'Progress',
        investment: 'Investment done',
        department: 'Lead department',
      })[p.col] ?? p.col,
  },
  REPORT_ATTRIBUTE: {
    zh: (p: { attribute: string }) => (p.attribute === 'binding' ? '约束性' : '预期性'),
    en: (p: { attribute: string }) => (p.attribute === 'binding' ? 'Binding' : 'Expected'),
  },
  REPORT_ACTUAL_CELL: {
    zh: (p: { value: string; when: string; completion: number | null }) =>
      `${p.when}${p.value}${p.completion == null ? '' : `（完成${formatShare(p.completion)}）`}`,
    en: (p: { value: string; when: string; completion: number | null }) =>
      `${p.value}${p.when ? ` (${p.when})` : ''}${p.completion == null ? '' : `, ${formatShare(p.completion)} done`}`,
  },
  REPORT_TASKS_OVERALL: {
    zh: (p: {
      sections: number;
      measures: number;
      done: number;
      onTrack: number;
      delayed: number;
      unreported: number;
      commitments: number;
      cCounts: StatusCountParams;
    }) =>
      `计划确定的${p.sections}个方面${p.measures}项工作措施中，${zhCounts([
        ['已完成', p.done],
        ['按计划推进', p.onTrack],
        ['推进滞后', p.delayed],
        ['尚无进展报告', p.unreported],
      ])}。` + (p.commitments > 0 ? `${p.commitments}项量化任务中，${zhStatusCounts(p.cCounts)}。` : ''),
    en: (p: {
      sections: number;
      measures: number;
      done: number;
      onTrack: number;
      delayed: number;
      unreported: number;
      commitments: number;
      cCounts: StatusCountParams;
    }) =>
      `Of the ${p.measures} measures in ${p.sections} sections, ${enCounts([
        ['done', p.done],
        ['on schedule', p.onTrack],
        ['delayed', p.delayed],
        ['not yet reported', p.unreported],
      ])}.` +
      (p.commitments > 0 ? ` Of the ${p.commitments} quantified tasks, ${enStatusCounts(p.cCounts)}.` : ''),
  },
  REPORT_SECTION_LEAD: {
    zh: (p: { n: number; title: string }) => `${p.n}.${p.title}。`,
    en: (p: { n: number; title: string }) => `${p.n}. ${p.title}. `,
  },
  REPORT_SECTION_LINE: {
    zh: (p: {
      measures: number;
      done: number;
      onTrack: number;
      delayed: number;
      unreported: number;
      commitments: number;
      cOnTrack: number;
      cBehind: number;
    }) =>
      [
        p.measures > 0
          ? `${p.measures}项措施中，${zhCounts([
              ['已完成', p.done],
              ['按计划推进', p.onTrack],
              ['推进滞后', p.delayed],
              ['尚无进展报告', p.unreported],
            ])}`
          : '',
        p.commitments > 0
          ? `${p.commitments}项量化任务中，${
              zhCounts([
                ['进度符合要求', p.cOnTrack],
                ['进度滞后', p.cBehind],
              ]) || '尚无进展报告'
            }`
          : '',
      ]
        .filter(Boolean)
        .join('；'),
    en: (p: {
      measures: number;
      done: number;
      onTrack: number;
      delayed: number;
      unreported: number;
      commitments: number;
      cOnTrack: number;
      cBehind: number;
    }) =>
      [
        p.measures > 0
          ? `of ${p.measures} measures, ${enCounts([
              ['done', p.done],
              ['on schedule', p.onTrack],
              ['delayed', p.delayed],
              ['not yet reported', p.unreported],
            ])}`
          : '',
        p.commitments > 0
          ? `of ${p.commitments} quantified tasks, ${
              enCounts([
                ['on pace', p.cOnTrack],
                ['behind', p.cBehind],
              ]) || 'none reported yet'
            }`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
  },
  REPORT_AMONG_THEM: { zh: () => '其中，', en: () => ' Among them, ' },
  REPORT_SENTENCE_GAP: { zh: () => '', en: () => ' ' },
  REPORT_COMMITMENT: {
    zh: (p: {
      text: string;
      actual: number;
      unit: string | null;
      completion: number;
      points: number | null;
      relation: Relation;
    }) =>
      `“${p.text}”完成${formatAmount(p.actual, p.unit, 'zh')}，完成全年任务的${formatShare(p.completion)}` +
      (p.points == null || p.relation === 'done'
        ? ''
        : p.relation === 'equal'
          ? '，与序时进度持平'
          : `，${p.relation === 'above' ? '高于' : '低于'}序时进度${formatPoints(p.points, 'zh')}`),
    en: (p: {
      text: string;
      actual: number;
      unit: string | null;
      completion: number;
      points: number | null;
      relation: Relation;
    }) =>
      `“${p.text}”: ${formatAmount(p.actual, p.unit, 'en')} done, ${formatShare(p.completion)} of the annual task` +
      (p.points == null || p.relation === 'done' || p.relation === 'equal'
        ? ''
        : `, ${formatPoints(p.points, 'en')} ${p.relation === 'above' ? 'ahead of' : 'behind'} pace`),
  },
  REPORT_COMMITMENT_NONE: {
    zh: (p: { text: string }) => `“${p.text}”尚无进展报告`,
    en: (p: { text: string }) => `“${p.text}” has no progress report yet`,
  },
  REPORT_PORTFOLIO: {
    zh: (p: { facts: readonly { label: string; value: number; unit: string }[] }) =>
      `全年计划安排${zhList(p.facts.map((f) => `${f.label}${formatAmount(f.value, f.unit, 'zh')}`))}。`,
    en: (p: { facts: readonly { label: string; value: number; unit: string }[] }) =>
      `The plan for the year provides for ${enList(p.facts.map((f) => `${f.label} ${formatAmount(f.value, f.unit, 'en')}`))}.`,
  },
  REPORT_PROJECTS_OVERALL: {
    zh: (p: {
      total: number;
      completed: number;
      inUse: number;
      construction: number;
      started: number;
      notStarted: number;
      unreported: number;
    }) =>
      `列入计划的${p.total}个重大项目中，${zhCounts([
        ['已建成', p.completed],
        ['已投用', p.inUse],
        ['在建', p.construction],
        ['已开工', p.started],
        ['尚未开工', p.notStarted],
        ['尚无进展报告', p.unreported],
      ])}`,
    en: (p: {
      total: number;
      completed: number;
      inUse: number;
      construction: number;
      started: number;
      notStarted: number;
      unreported: number;
    }) =>
      `Of the ${p.total} named major projects, ${enCounts([
        ['completed', p.completed],
        ['in use', p.inUse],
        ['under construction', p.construction],
        ['started', p.started],
        ['not started', p.notStarted],
        ['not yet reported', p.unreported],
      ])}`,
  },
  REPORT_PROJECTS_INVESTMENT: {
    zh: (p: { done: number; planned: number; share: number }) =>
      `；已报告年度计划投资的项目完成投资${formatAmount(p.done, '亿元', 'zh')}，占年度计划投资${formatAmount(p.planned, '亿元', 'zh')}的${formatShare(p.share)}`,
    en: (p: { done: number; planned: number; share: number }) =>
      `; projects reporting a planned investment for the year have invested ${formatAmount(p.done, '亿元', 'en')}, ${formatShare(p.share)} of ${formatAmount(p.planned, '亿元', 'en')}`,
  },
  REPORT_STAGE: {
    zh: (p: { stage: string }) =>
      ({
        complete: '建成',
        construct: '加快建设',
        start: '开工建设',
        reserve: '预备',
        not_started: '未开工',
        started: '已开工',
        under_construction: '在建',
        completed: '已建成',
        in_use: '已投用',
      })[p.stage] ?? p.stage,
    en: (p: { stage: string }) =>
      ({
        complete: 'complete',
        construct: 'construction',
        start: 'start',
        reserve: 'reserve',
        not_started: 'not started',
        started: 'started',
        under_construction: 'under construction',
        completed: 'completed',
        in_use: 'in use',
      })[p.stage] ?? p.stage,
  },
  REPORT_PROJECT: {
    zh: (p: {
      name: string;
      planned: string;
      reported: string;
      invDone: number | null;
      invShare: number | null;
    }) =>
      `${p.name}（计划${p.planned}）${p.reported ? `目前${p.reported}` : '尚无进展报告'}` +
      (p.invDone == null ? '' : `，完成投资${formatAmount(p.invDone, '亿元', 'zh')}`) +
      (p.invShare == null ? '' : `，占年度计划的${formatShare(p.invShare)}`),
    en: (p: {
      name: string;
      planned: string;
      reported: string;
      invDone: number | null;
      invShare: number | null;
    }) =>
      `${p.name} (planned: ${p.planned}) ${p.reported ? `is ${p.reported}` : 'has no progress report yet'}` +
      (p.invDone == null ? '' : `, ${formatAmount(p.invDone, '亿元', 'en')} invested`) +
      (p.invShare == null ? '' : ` (${formatShare(p.invShare)} of the year's plan)`),
  },
  REPORT_INVESTMENT_CELL: {
    zh: (p: { done: number; planned: number | null }) =>
      p.planned == null
        ? formatAmount(p.done, '亿元', 'zh')
        : `${formatAmount(p.done, '亿元', 'zh')}/${formatAmount(p.planned, '亿元', 'zh')}`,
    en: (p: { done: number; planned: number | null }) =>
      p.planned == null
        ? formatAmount(p.done, '亿元', 'en')
        : `${formatAmount(p.done, '亿元', 'en')} / ${formatAmount(p.planned, '亿元', 'en')}`,
  },
  REPORT_PROBLEM_LEAD: {
    zh: (p: { n: number; area: string }) => `（${CN[p.n] ?? p.n}）${PROBLEM_ZH[p.area] ?? p.area}。`,
    en: (p: { n: number; area: string }) => `(${p.n}) ${PROBLEM_EN[p.area] ?? p.area}. `,
  },
  REPORT_NEXT_LEAD: {
    zh: (p: { n: number; area: string }) =>
      `（${CN[p.n] ?? p.n}）${
        {
          binding: '全力保障约束性指标完成。',
          indicators: '加大主要指标攻坚力度。',
          commitments: '加快推进量化任务落实。',
          projects: '加快重大项目建设。',
          measures: '推动滞后措施加快落地。',
          overdue: '压实数据报送责任。',
        }[p.area] ?? p.area
      }`,
    en: (p: { n: number; area: string }) =>
      `(${p.n}) ${
        {
          binding: 'Secure the binding targets.',
          indicators: 'Press on with the lagging indicators.',
          commitments: 'Speed up the quantified tasks.',
          projects: 'Speed up the major projects.',
          measures: 'Get the delayed measures moving.',
          overdue: 'Make reporting on time a duty.',
        }[p.area] ?? p.area
      } `,
  },
  REPORT_PROJECTION_HARD: {
    zh: () => '，按目前进度全年完成难度较大',
    en: () => '; at the current pace the annual target is hard to reach',
  },
  REPORT_BINDING_LINE: {
    zh: (p: { names: readonly string[] }) => `${zhList(p.names)}等约束性指标低于序时进度要求，需重点关注`,
    en: (p: { names: readonly string[] }) =>
      `the binding ${p.names.length > 1 ? 'targets' : 'target'} ${enList(p.names)} ${p.names.length > 1 ? 'are' : 'is'} behind the pace required and need close attention`,
  },
  REPORT_MEASURES_LINE: {
    zh: (p: { n: number; reasons: readonly { reason: string; n: number }[] }) =>
      `${p.n}项工作措施报告推进滞后` +
      (p.reasons.length > 0
        ? `，主要原因是${zhList(p.reasons.map((r) => (r.n > 1 ? `${r.reason}（${r.n}项）` : r.reason)))}`
        : '，牵头单位尚未说明原因'),
    en: (p: { n: number; reasons: readonly { reason: string; n: number }[] }) =>
      `${p.n} measures are reported delayed` +
      (p.reasons.length > 0
        ? `, mainly because of ${enList(p.reasons.map((r) => (r.n > 1 ? `${r.reason} (${r.n})` : r.reason)))}`
        : '; the lead departments have not given reasons'),
  },
  REPORT_MEASURE_EXAMPLES: {
    zh: (p: { items: readonly string[] }) => `，如“${p.items.join('”“')}”等`,
    en: (p: { items: readonly string[] }) => `, e.g. “${p.items.join('”, “')}”`,
  },
  REPORT_REASON: {
    zh: (p: { reason: string }) => `（滞后原因：${p.reason}）`,
    en: (p: { reason: string }) => ` (reason given: ${p.reason})`,
  },
  REPORT_OVERDUE_LINE: {
    zh: (p: { asOf: string; n: number; escalated: number; departments: readonly string[]; more: number }) =>
      `截至${p.asOf}，${p.n}项指标和任务的数据或进展逾期未报` +
      (p.escalated > 0 ? `，其中${p.escalated}项已超过督办期限` : '') +
      (p.departments.length > 0
        ? `，涉及${zhList(p.departments)}${p.more > 0 ? `等${p.departments.length + p.more}个单位` : ''}`
        : ''),
    en: (p: { asOf: string; n: number; escalated: number; departments: readonly string[]; more: number }) =>
      `As of ${p.asOf}, data or progress on ${p.n} items is overdue` +
      (p.escalated > 0 ? `, ${p.escalated} of them past the escalation date` : '') +
      (p.departments.length > 0
        ? `, at ${enList(p.departments)}${p.more > 0 ? ` and ${p.more} more departments` : ''}`
        : ''),
  },
  REPORT_NO_PROBLEMS: {
    zh: () => '截至目前，未发现明显滞后的指标和任务。仍需关注尚无数据和待评估的事项。',
    en: () =>
      'No item is clearly behind so far; items without data or pending assessment still need watching.',
  },
  REPORT_REMEDIES: {
    zh: (p: { items: readonly { department: string; remedy: string }[] }) =>
      `各责任单位提出的整改措施：${p.items.map((r) => `${r.department}${r.department ? '：' : ''}${r.remedy}`).join('；')}。`,
    en: (p: { items: readonly { department: string; remedy: string }[] }) =>
      `Remedies reported by the departments: ${p.items.map((r) => `${r.department}${r.department ? ': ' : ''}${r.remedy}`).join('; ')}.`,
  },
  REPORT_EDITOR_FILL: {
    zh: (p: { area: string }) =>
      `【待编辑：责任单位尚未报送整改措施，请补充针对“${PROBLEM_ZH[p.area] ?? p.area}”的具体措施、责任单位和完成时限。】`,
    en: (p: { area: string }) =>
      `[To be written: no remedy has been reported; add the measures, responsible departments and deadlines for “${(PROBLEM_EN[p.area] ?? p.area).toLowerCase()}”.]`,
  },
  REPORT_NEXT_GENERAL: {
    zh: () => '【待编辑：请结合下半年形势补充下一步工作安排。】',
    en: () => '[To be written: add the work planned for the rest of the year.]',
  },
  REPORT_SHEET: {
    zh: (p: { sheet: string }) =>
      ({
        targets: '主要指标',
        commitments: '量化任务',
        projects: '重大项目',
        measures: '工作措施',
        overdue: '逾期未报',
      })[p.sheet] ?? p.sheet,
    en: (p: { sheet: string }) =>
      ({
        targets: 'Targets',
        commitments: 'Quantified tasks',
        projects: 'Projects',
        measures: 'Measures',
        overdue: 'Overdue',
      })[p.sheet] ?? p.sheet,
  },
  REPORT_XCOL: {
    zh: (p: { col: string }) =>
      ({
        category: '类别',
        name: '名称',
        attribute: '属性',
        target: '目标',
        section: '部分',
        department: '牵头单位',
        status: '状态',
        actual: '实际值',
        expected: '序时目标值',
        unit: '单位',
        period: '数据期',
        completion: '完成全年目标',
        gap: '差距',
        explanation: '说明',
        planned: '计划阶段',
        reported: '目前进展',
        investmentDone: '完成投资(亿元)',
        investmentPlanned: '年度计划投资(亿元)',
        reason: '滞后原因',
        remedy: '整改措施',
        type: '类型',
        periods: '未报期次',
        escalated: '已超督办期限',
      })[p.col] ?? p.col,
    en: (p: { col: string }) =>
      ({
        category: 'Category',
        name: 'Name',
        attribute: 'Type',
        target: 'Target',
        section: 'Section',
        department: 'Lead department',
        status: 'Status',
        actual: 'Actual',
        expected: 'Expected by now',
        unit: 'Unit',
        period: 'Data period',
        completion: 'Share of annual target',
        gap: 'Gap',
        explanation: 'Explanation',
        planned: 'Planned stage',
        reported: 'Reported stage',
        investmentDone: 'Investment done (亿 yuan)',
        investmentPlanned: 'Planned investment (亿 yuan)',
        reason: 'Reason for delay',
        remedy: 'Remedy',
        type: 'Item type',
        periods: 'Periods not reported',
        escalated: 'Past escalation',
      })[p.col] ?? p.col,
  },
  REPORT_ITEM_TYPE: {
    zh: (p: { type: string }) =>
      ({ indicator: '指标', commitment: '量化任务', project: '重大项目', measure: '措施' })[p.type] ?? p.type,
    en: (p: { type: string }) =>
      ({ indicator: 'indicator', commitment: 'quantified task', project: 'project', measure: 'measure' })[
        p.type
      ] ?? p.type,
  },
  REPORT_YES_NO: {
    zh: (p: { value: boolean }) => (p.value ? '是' : '否'),
    en: (p: { value: boolean }) => (p.value ? 'yes' : 'no'),
  },
} satisfies Record<string, Translations<never>>;

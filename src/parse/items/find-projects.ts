import type { ProjectStage } from '../../domain/plan-document.types.ts';
import { clauses, listItems, type Piece, tidyName } from './split-text.ts';

export interface FoundProject {
  kind: 'project';
  name: string;
  stage: ProjectStage;
  start: number;
  end: number;
}

const PREPARATION = /^(?:加快|积极|扎实)?(?:推进|推动|开展|做好|深化)(?=.{4,40}前期(?:工作|研究|论证)$)/;
const PREPARATION_END = /(?:等项目)?前期(?:工作|研究|论证)$/;

// The governing verb gives the stage the plan sets; order matters (开工建设 before 建设).
const STAGE_VERBS: Array<[RegExp, ProjectStage]> = [
  // "推进某某高速公路前期工作": a project prepared, not yet started.
  [PREPARATION, 'reserve'],
  [/^(?:加快|全力|积极|有序|高质量|高标准)?(?:开工建设|新开工建设|新开工|启动建设|开工)/, 'start'],
  [
    /^(?:基本|全面|加快)?(?:建成(?:开放|投用|投运|投产|达产|运营|通车|使用|并投入使用)?|竣工(?:投用|投产)?|完工)/,
    'complete',
  ],
  [
    /^(?:加快|全力|积极|有序|高质量|持续|扎实)?(?:续建|建设|推进|推动)(?=.{2,}(?:等|项目|工程|[一二三四五六七八九十\d]期))/,
    'construct',
  ],
  [/^(?:(?:加快|全力|积极|有序|高质量|持续|扎实)(?:建设|推进|推动)|续建)/, 'construct'],
  [/^完成(?=.{2,30}(?:工程|项目|[一二三四五六七八九十\d]期(?:工程)?|设施)$)/, 'complete'],
  // "预备项目包括…" · "谋划储备一批预备项目": the names follow the words that say so.
  [
    /^(?:谋划储备|谋划|储备|预备)(?:一批)?(?:重大|重点)?(?:预备|储备)?(?:项目(?:主要)?(?:包括|有)|项目|包括)?[:：]?/,
    'reserve',
  ],
];
// "…一批预备项目，包括甲铁路某段等项目": a clause listing the projects the one before announced.
const INCLUDES = /^(?:(?:主要|具体)?(?:包括|包含|涵盖)|主要有|具体有)[:：]?/;
// "…等项目", "…等重大项目建设", "…等公共服务平台": the closing of a named list.
const LIST_END = /等(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程|平台|设施|基地)(?:建设)?$/;
// A single name counts only with a project-like ending (…改建工程, …二期, …污水处理设施).
const NAME_END = /(?:工程|项目|[一二三四五六七八九十\d]期(?:工程|项目)?|设施)$/;
// What a named facility is (…高铁某段, …新机场, …3号线南延, …航站楼): enough to name a project.
// Lines are numbered 3号线 or lettered S1线, R1线; roads 快速路; routes 甲至乙快速通道.
const FACILITY_END =
  /(?:铁路|高铁|城际|机组|校区|综合楼|门诊楼|体育馆|体育中心|博物馆|图书馆|美术馆|科技馆|会展中心|枢纽|(?:[一二三四五六七八九十\d]+号|[A-Z]{1,2}\d{1,3})线[\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{2,}段|公路|高速|快速路|快速通道|快速干线|[\u4e00-\u9fff]{2,}至[\u4e00-\u9fff]{2,}通道|机场|航站楼|大桥|隧道|码头|水库|电站|电厂|医院|院区|分院|管廊|产业园|物流园|物流园区|物流基地|工业园区|产业园区|科技园|科学城|研究院)$/;
// "推动甲产业园二期、乙基地建成投产": the names come first, the verb that sets the stage last.
const TRAILING_STAGE: Array<[RegExp, ProjectStage]> = [
  [/(?:年内|年底前|上半年)?(?:建成(?:投产|投用|投运|达产|通车|运营|开放)|竣工(?:投产|投用)?)$/, 'complete'],
  [/(?:年内|年底前|上半年)?(?:开工建设|开工)$/, 'start'],
];
const TRAILING_LEAD = /^(?:推动|推进|促进|确保|力争|争取|实现|加快)/;
const DEADLINE_END =
  /(?:(?:\d{4}\s*年)?\s*(?:\d{1,2}月(?:底|末)?|年底|年内|上半年|下半年|底)前?|年内|全面|基本|顺利|如期)+$/;
// What a name that is only a trailing stage's subject must still look like (…二期, …院区).
const PROJECT_LIKE = (name: string) =>
  NAME_END.test(name) || (FACILITY_END.test(name) && !DESCRIPTIVE.test(name));
// A figure ending the words (年度计划投资1200亿元) is a portfolio fact, not a name.
const ENDS_WITH_FIGURE =
  /\d+(?:\.\d+)?\s*(?:多|余)?(?:万亿|亿|万|千|百)?(?:元|个|项|处|家|座|公里|亩|平方米|吨|千瓦|人|套|张|所)(?:以上|左右)?$/;

// "风电场二期50兆瓦": the capacity after a named phase or works is not part of its name.
const CAPACITY_END =
  /(?<=(?:工程|项目|[一二三四五六七八九十\d]期))\d+(?:\.\d+)?(?:万|亿)?(?:千瓦|兆瓦|吉瓦|吨|标准箱|立方米)(?:\/日)?$/;
const withoutCapacity = (name: string) => name.replace(CAPACITY_END, '');

// A kind of facility described, not named (高水平研究型医院, 现代化综合交通枢纽).
const DESCRIPTIVE = /^(?:高水平|高质量|高标准|高能级|现代化|国际化|世界级|一流|智慧|新型|各级|一批)|和|及/;
// A category or slogan, not a named project; a count (新开工项目180个) is a portfolio fact.
const GENERIC = /一批|重点|重大|若干|有关|相关|各类|“|”|"|系列|等$|^(?:项目|工程)|\d\s*(?:个|项|处)$/;

/** Named projects in one sentence of the tasks text, each with the stage of its verb. */
export function findProjects(sentence: Piece): FoundProject[] {
  const out: FoundProject[] = [];
  let previousStage: ProjectStage | null = null;
  // "谋划储备一批重大项目，主要包括：甲铁路、乙工程": the names are in the clause after.
  let listFor: ProjectStage | null = null;
  for (const clause of clauses(sentence)) {
    const listStage = listFor;
    listFor = null;
    if (listStage !== null && !INCLUDES.test(clause.text)) {
      const items = listItems(clause);
      if (items.length > 0 && items.every((item) => PROJECT_LIKE(item.text.replace(/等$/, '')))) {
        for (const item of items) {
          const name = item.text.replace(/等$/, '');
          push({ text: name, start: item.start, end: item.start + name.length }, listStage);
        }
        previousStage = null;
        continue;
      }
    }
    // The stage said last (…二期、乙基地建成投产) wins over a leading 推动/推进.
    if (
      (TRAILING_LEAD.test(clause.text) || !/^(?:建成|竣工|开工|新开工)/.test(clause.text)) &&
      readTrailingStage(clause)
    ) {
      previousStage = null;
      continue;
    }
    const found = STAGE_VERBS.map(([re, stage]) => ({ m: re.exec(clause.text), stage })).find((v) => v.m);
    const includes = found?.m ? null : INCLUDES.exec(clause.text);
    const verb: { m: RegExpExecArray | null; stage: ProjectStage } | null = found?.m
      ? found
      : includes && previousStage
        ? { m: includes, stage: previousStage }
        : null;
    previousStage = found?.m ? found.stage : null;
    if (!verb?.m) continue;
    const bodyStart = clause.start + verb.m[0].length;
    const bodyText = clause.text.slice(verb.m[0].length);
    if (bodyText.trim() === '' && (includes !== null || verb.stage === 'reserve')) {
      listFor = verb.stage;
      continue;
    }
    const listEnd = LIST_END.exec(bodyText);
    if (verb === found && PREPARATION.test(clause.text)) {
      const names = bodyText.replace(PREPARATION_END, '');
      for (const item of listItems({ text: names, start: bodyStart, end: bodyStart + names.length })) {
        if (PROJECT_LIKE(item.text)) push(item, 'reserve');
      }
    } else if (listEnd) {
      const list: Piece = {
        text: bodyText.slice(0, listEnd.index),
        start: bodyStart,
        end: bodyStart + listEnd.index,
      };
      for (const item of listItems(list)) push(item, verb.stage);
    } else {
      // After a verb that only projects take (建成投用, 开工建设) any name is a project.
      const projectVerb = /建成(?:开放|投用|投运|投产|通车|运营)|开工建设|新开工/.test(verb.m[0]);
      // "加快建设某地铁3号线南延、6号线二期": a list of names without a closing 等项目.
      const listed = includes !== null || /(?:包括|有)[:：]?$/.test(verb.m[0]);
      const listVerb = listed || /^(?:加快建设|建成|开工建设|新开工|续建)/.test(verb.m[0]);
      const body: Piece = { text: bodyText, start: bodyStart, end: bodyStart + bodyText.length };
      const split = listItems(body);
      // "推进甲基地二期、乙产业园项目建设": named projects listed after any verb.
      const allNamed =
        split.length > 1 && split.every((item) => NAME_END.test(item.text.replace(/建设$/, '')));
      const items = listVerb || allNamed ? split : [body];
      for (const item of items) {
        const name = withoutCapacity(item.text.replace(/等$/, '').replace(/建设$/, ''));
        if (
          NAME_END.test(name) ||
          (listVerb && FACILITY_END.test(name) && !DESCRIPTIVE.test(name)) ||
          (projectVerb && name.length >= 4 && !/^[一二三四五六七八九十\d]/.test(name))
        ) {
          push({ text: name, start: item.start, end: item.start + name.length }, verb.stage);
        }
      }
    }
  }
  return out;

  /** "推动甲产业园二期、乙基地建成投产" · "区人民医院新院区二期建成投用". */
  function readTrailingStage(clause: Piece): boolean {
    for (const [re, stage] of TRAILING_STAGE) {
      const m = re.exec(clause.text);
      if (!m || m.index === 0) continue;
      const before = out.length;
      const lead = TRAILING_LEAD.exec(clause.text)?.[0].length ?? 0;
      const body: Piece = {
        text: clause.text.slice(lead, m.index),
        start: clause.start + lead,
        end: clause.start + m.index,
      };
      for (const written of listItems(body)) {
        // "…，2026年6月底前建成通车": a deadline, not a name.
        const item = withoutDeadline(written);
        if (item.text === '' || /^\d/.test(item.text)) continue;
        if (PROJECT_LIKE(item.text) || (/投产|投用|投运|通车/.test(m[0]) && item.text.length >= 6))
          push(item, stage);
      }
      return out.length > before;
    }
    return false;
  }

  function withoutDeadline(item: Piece): Piece {
    const text = item.text.replace(DEADLINE_END, '');
    return { text, start: item.start, end: item.start + text.length };
  }

  function push(item: Piece, stage: ProjectStage): void {
    const name = tidyName(item.text);
    if (name.length < 2 || name.length > 40 || GENERIC.test(name) || ENDS_WITH_FIGURE.test(name)) return;
    out.push({ kind: 'project', name, stage, start: item.start, end: item.end });
  }
}

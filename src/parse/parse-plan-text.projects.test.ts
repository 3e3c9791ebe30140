import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): projects and portfolio facts.
 */
describe('projects and portfolio in the tasks text', () => {
  const doc = (body: string) =>
    parsePlanText(`关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）扩大有效投资。${body}`);
  const projects = (body: string) => doc(body).projects.map((p) => `${p.stage}:${p.name}`);

  it('splits a list of names after the verb without a closing 等项目', () => {
    expect(
      projects(
        '加快建设某城轨道交通2号线西延、4号线一期，开工建设某某城际铁路某段、某江引水二期工程，建成某某机场T3航站楼。',
      ),
    ).toEqual([
      'construct:某城轨道交通2号线西延',
      'construct:4号线一期',
      'start:某某城际铁路某段',
      'start:某江引水二期工程',
      'complete:某某机场T3航站楼',
    ]);
  });

  it('reads a single named facility after 加快建设 and 续建', () => {
    expect(projects('加快建设某某沿江高速公路，续建某某至某某高铁某段。')).toEqual([
      'construct:某某沿江高速公路',
      'construct:某某至某某高铁某段',
    ]);
  });

  it('takes no project from a count or a description', () => {
    expect(projects('新开工项目180个，加快建设高水平研究型医院，加快建设现代化产业体系。')).toEqual([]);
  });

  it('reads portfolio counts stated without 重大/重点', () => {
    const d = doc('续建项目310个，新开工项目150个，储备预备项目40个。');
    expect(d.portfolio.facts.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['续建项目', 310, '个'],
      ['新开工项目', 150, '个'],
      ['预备项目', 40, '个'],
    ]);
  });
});

describe('a report of the major projects', () => {
  const text = [
    '关于某自治区2026年重大项目建设计划的报告',
    '',
    '一、2025年重大项目建设情况',
    '',
    '2025年，全区统筹推进重大项目1650项，完成投资4280亿元，完成年度计划的102.3%。',
    '',
    '二、2026年重大项目建设安排',
    '',
    '2026年，统筹推进重大项目1800项，总投资约3.2万亿元。其中，续建项目960项、年度计划投资2800亿元；新开工项目640项、年度计划投资1200亿元。',
    '',
    '（一）现代化产业项目',
    '',
    '推进甲化工新材料基地二期、乙新材料产业园项目建设。推动丙产业园二期、丁储能电池基地建成投产。建成投产戊钢铁冷轧二期，加快建设某核电三四号机组。',
    '',
    '（二）前期谋划项目',
    '',
    '谋划储备一批重大项目，主要包括：甲至乙城际铁路、丙港东航道扩建工程。推进某至某高速公路前期工作。',
  ].join('\n');
  const doc = parsePlanText(text);

  it('reads last year’s part as the review, not as this year’s commitments', () => {
    expect(doc.commitments.some((c) => c.value === 1650 || c.value === 102.3)).toBe(false);
    expect(doc.outcomes.map((o) => [o.name, o.value])).toEqual([
      ['重大项目', 1650],
      ['投资', 4280],
    ]);
  });

  it('labels the portfolio, an amount with the count it belongs to', () => {
    expect(doc.portfolio.facts.map((f) => [f.label, f.value])).toEqual([
      ['重大项目', 1800],
      ['总投资', 3.2],
      ['续建项目', 960],
      ['续建项目计划投资', 2800],
      ['新开工项目', 640],
      ['新开工项目计划投资', 1200],
    ]);
    expect(doc.commitments.find((c) => c.value === 1200)?.subject).toBe('年度计划投资');
  });

  it('reads names before a trailing stage, lists after any verb, and the reserve list after 包括：', () => {
    expect(doc.projects.map((p) => `${p.stage}:${p.name}`)).toEqual([
      'construct:甲化工新材料基地二期',
      'construct:乙新材料产业园项目',
      'complete:丙产业园二期',
      'complete:丁储能电池基地',
      'complete:戊钢铁冷轧二期',
      'construct:某核电三四号机组',
      'reserve:甲至乙城际铁路',
      'reserve:丙港东航道扩建工程',
      'reserve:某至某高速公路',
    ]);
  });
});

describe('projects named with their capacity or as a campus', () => {
  it('reads the name before a capacity, and 科技园 / 分院 as facilities', () => {
    const doc = parsePlanText(
      '三、重点工作\n\n（一）推进能源和创新平台建设。建成风电场二期50兆瓦，建成理工大学科技园、先进制造研究院芜湖分院。建成农村公路800公里。',
    );
    expect(doc.projects.map((p) => [p.name, p.stage])).toEqual([
      ['风电场二期', 'complete'],
      ['理工大学科技园', 'complete'],
      ['先进制造研究院芜湖分院', 'complete'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findProjects } from './find-projects.ts';

const projects = (text: string) =>
  findProjects({ text, start: 0, end: text.length }).map((p) => `${p.stage}:${p.name}`);

describe('findProjects', () => {
  it.each([
    ['建成甲实验室园区、乙医疗基地等项目', ['complete:甲实验室园区', 'complete:乙医疗基地']],
    ['加快建设丙高铁某段、轨道交通9号线等项目', ['construct:丙高铁某段', 'construct:轨道交通9号线']],
    ['开工建设南北通道、G15高速公路改建工程等项目', ['start:南北通道', 'start:G15高速公路改建工程']],
    ['新开工丁水库工程', ['start:丁水库工程']],
    ['加快推进戊汽车项目、己造船基地二期等项目建设', ['construct:戊汽车项目', 'construct:己造船基地二期']],
    ['推进蒙电入沪、深远海风电等重大项目建设', ['construct:蒙电入沪', 'construct:深远海风电']],
    ['完成某综合能源中心二期工程', ['complete:某综合能源中心二期工程']],
    ['建成某港三期污水处理设施', ['complete:某港三期污水处理设施']],
    ['建成某医院(某院区)等公共服务平台', ['complete:某医院(某院区)']],
    ['储备庚抽水蓄能电站等项目', ['reserve:庚抽水蓄能电站']],
    ['加快建设甲县至乙县快速通道', ['construct:甲县至乙县快速通道']],
    ['加快建设城东快速路、丙城际铁路S2线', ['construct:城东快速路', 'construct:丙城际铁路S2线']],
    ['建成丁港区冷链物流园', ['complete:丁港区冷链物流园']],
    ['建成某省实验室先进材料研究院', ['complete:某省实验室先进材料研究院']],
    [
      '谋划储备一批预备项目，包括戊铁路某段、己水库扩建工程等项目',
      ['reserve:戊铁路某段', 'reserve:己水库扩建工程'],
    ],
    ['预备项目包括庚高铁二期、辛江航道整治工程', ['reserve:庚高铁二期', 'reserve:辛江航道整治工程']],
    ['开工建设一批重大项目，包括壬高速公路、癸水库等', ['start:壬高速公路', 'start:癸水库']],
    ['推动甲产业园二期、乙新能源基地建成投产', ['complete:甲产业园二期', 'complete:乙新能源基地']],
    ['区人民医院新院区二期建成投用', ['complete:区人民医院新院区二期']],
    ['建成投产丙钢铁冷轧二期', ['complete:丙钢铁冷轧二期']],
    ['推进丁基地二期、戊产业园项目建设', ['construct:丁基地二期', 'construct:戊产业园项目']],
    [
      '谋划储备一批重大项目，主要包括：己城际铁路、庚港航道扩建工程',
      ['reserve:己城际铁路', 'reserve:庚港航道扩建工程'],
    ],
    ['推进辛至壬高速公路前期工作', ['reserve:辛至壬高速公路']],
    ['加快建设某核电三四号机组、某中学五象校区', ['construct:某核电三四号机组', 'construct:某中学五象校区']],
  ])('%s', (text, expected) => {
    expect(projects(text)).toEqual(expected);
  });

  it.each([
    '加快建设现代化产业体系',
    '推进先行启动区重点功能项目建设',
    '高质量推进“两重”“两新”项目建设',
    '完成中央生态环保督察整改',
    '建设高品质公园城市',
    '建成一批口袋公园',
    '加快建设新型研究院',
    '加快建设国际人才发展引领区',
    '完善制度体系，包括考核评价等',
    '新开工项目640项、年度计划投资1200亿元',
    '2026年6月底前建成通车',
    '推动一批重大项目建成投产',
  ])('finds no named project in %s', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

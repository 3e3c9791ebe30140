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
  ])('%s', (text, expected) => {
    expect(projects(text)).toEqual(expected);
  });

  it.each([
    '加快建设现代化产业体系',
    '推进先行启动区重点功能项目建设',
    '高质量推进“两重”“两新”项目建设',
    '完成中央生态环保督察整改',
    '建设高品质公园城市',
  ])('finds no named project in %s', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { toOriginalSpan } from './mapped-text.ts';

/** Cleans, then maps `find` (a piece of the cleaned text) back to the original. */
function clean(original: string, find?: string) {
  const { mapped, removed } = cleanText(original);
  const at = find === undefined ? -1 : mapped.text.indexOf(find);
  const source = at < 0 ? null : original.slice(...toOriginalSpan(mapped, at, at + find!.length));
  return { text: mapped.text, source, removed: removed.map((r) => r.kind) };
}

describe('cleanText', () => {
  it.each([
    [
      'HTML subscript with typesetting spaces',
      '细颗粒物(PM <sub>2.5</sub> )平均浓度',
      '细颗粒物(PM2.5)平均浓度',
    ],
    [
      'an HTML table becomes tab-separated rows',
      '<table>\n<tr>\n<td>指标</td><td>属性</td></tr><tr><td>粮食产量</td><td>约束性</td></tr></table>',
      '\n\n\n指标\t属性\n\n粮食产量\t约束性\n\n',
    ],
    [
      'a web page table: paragraphs inside cells, cells on lines of their own',
      '<tr>\r\n<td><p>指标</p></td>\r\n<td><p>属性</p></td>\r\n</tr>',
      '\n指标\t属性\n',
    ],
    [
      'a rowspan cell leaves the cell it covers empty in the rows below',
      '<table><tr><td rowspan="2">经济发展</td><td>A</td><td>5%</td></tr><tr><td>B</td><td>6%</td></tr></table>',
      '\n\n经济发展\tA\t5%\n\n\tB\t6%\n\n',
    ],
    [
      'a rowspan in the middle of a row',
      '<tr><td>A</td><td rowspan="2">预期性</td><td>5%</td></tr><tr><td>B</td><td>6%</td></tr>',
      '\nA\t预期性\t5%\n\nB\t\t6%\n',
    ],
    ['entities and block tags', '<p>新增公园&nbsp;100座</p>', '\n新增公园 100座\n'],
    ['full-width digits and punctuation', '增长５．５％左右，（约束性）', '增长5.5%左右,(约束性)'],
    ['traditional characters', '規劃執行與經濟發展', '规划执行与经济发展'],
    ['simplified 显著 stays', '综合实力显著提升', '综合实力显著提升'],
    [
      'Markdown bold lead sentence',
      '**着力扩大有效投资。**坚持投资于物。',
      '着力扩大有效投资。坚持投资于物。',
    ],
    ['CRLF line ends', '第一行。\r\n第二行。', '第一行。\n第二行。'],
    ['continuation note at a line start', '(上接第10版)深入开展整治。', '深入开展整治。'],
    ['continuation note at a line end', '闭环管理。 下转▶12版', '闭环管理。'],
    [
      'a note inside a sentence stays',
      '报道见第3版和第5版内容,转3版说明。',
      '报道见第3版和第5版内容,转3版说明。',
    ],
    [
      'a word split across pages',
      '深化布局。加强攻关,加快基座模\n\n型、世界模型研发应用;推动创新。',
      '深化布局。加强攻关,加快基座模型、世界模型研发应用;推动创新。',
    ],
    [
      'a running header inside a sentence',
      '全年计划安排项目184项,全年计划投\n\n# 关于某市2025年计划执行情况的报告\n\n资额2550亿元。建成项目。',
      '全年计划安排项目184项,全年计划投资额2550亿元。建成项目。',
    ],
    [
      'page metadata is not joined to the text',
      '发布时间：2026-01-30 来源：市发展改革委\n\n关于某市计划的报告\n\n现在，我代表市人民政府报告工作。',
      '发布时间:2026-01-30 来源:市发展改革委\n\n关于某市计划的报告\n\n现在,我代表市人民政府报告工作。',
    ],
    [
      'page chrome and page numbers',
      '下载\n打印\n全屏\n【字体：大 中 小】\n— 12 —\n正文。',
      '\n\n\n\n\n正文。',
    ],
    [
      'a heading after a finished paragraph stays',
      '推进建设。\n\n### (二)推动发展\n\n提升能级。',
      '推进建设。\n\n### (二)推动发展\n\n提升能级。',
    ],
    [
      'a caption is not a continuation',
      '主要目标为(见表五),增长\n\n表五 主要目标\n\n指标名称\t属性',
      '主要目标为(见表五),增长\n\n表五 主要目标\n\n指标名称\t属性',
    ],
  ])('%s', (_, original, expected) => {
    expect(clean(original).text).toBe(expected);
  });

  it.each([
    ['PM <sub>2.5</sub> )浓度', 'PM2.5)', 'PM <sub>2.5</sub> )'],
    [
      '安排项目184项,全年计划投\n\n# 关于某市的报告\n\n资额2550亿元。',
      '投资额2550亿元',
      '投\n\n# 关于某市的报告\n\n资额2550亿元',
    ],
    ['增长１２．５％', '12.5%', '１２．５％'],
    ['經濟發展', '经济', '經濟'],
  ])('maps %j back to its source', (original, find, source) => {
    expect(clean(original, find).source).toBe(source);
  });

  it('reports what it removed', () => {
    expect(clean('(上接第2版)推进。\n下载\n— 3 —\n').removed).toEqual([
      'continuation_marker',
      'chrome',
      'page_number',
    ]);
  });
});

describe('text copied from a PDF', () => {
  const original = [
    '扎实推进重大项目建设。全年安排市级重大项目1200个，年度计划投资32',
    '00亿元。新增停车泊位2万个。',
    '',
    '— 3 —',
    '',
    '某市人大常委会公报',
    '',
    '（二）保障和改善民生',
    '',
    '— 4 —',
    '',
    '某市人大常委会公报',
    '',
    '新增养老床位1500张。',
  ].join('\n');
  const cleaned = cleanText(original);

  it('joins a line wrapped mid-sentence without calling it a page break', () => {
    expect(cleaned.mapped.text).toContain('年度计划投资3200亿元');
    expect(cleaned.joins).toEqual([]);
  });

  it('drops a running header that recurs beside page numbers', () => {
    expect(cleaned.mapped.text).not.toContain('公报');
    expect(cleaned.removed.filter((r) => r.kind === 'running_header')).toHaveLength(2);
  });
});

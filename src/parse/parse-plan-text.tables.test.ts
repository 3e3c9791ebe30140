import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): indicators read from target tables (text, web, Word, exported).
 */
describe('table cells and the text around them', () => {
  const table = [
    '表三  2026年主要指标',
    '',
    '类别\t指标\t单位\t2026年目标\t属性',
    '经济发展\t地区生产总值\t亿元\t1.2万以上\t预期性',
    '生态环境\t可吸入颗粒物(PM10)年均浓度\t微克/立方米\t45以内\t约束性',
  ].join('\n');

  it('combines a cell multiplier with the unit column (万 + 亿元)', () => {
    const gdp = parsePlanText(table).indicators[0];
    expect(gdp.target.normalized).toEqual({ value: 1.2e12, unit: '元' });
  });

  it('reads a 年均浓度 row as a level ceiling', () => {
    const pm = parsePlanText(table).indicators[1].target;
    expect([pm.kind, pm.comparator, pm.value]).toEqual(['level', 'lte', 45]);
  });

  it('signs a bracketed five-year figure in a 降低 row', () => {
    const outline = [
      '某省国民经济和社会发展第十五个五年规划纲要',
      '',
      '专栏1　主要指标',
      '',
      '类别\t指标\t2025年\t2030年\t年均增长/累计\t属性',
      '绿色生态\t单位地区生产总值二氧化碳排放降低(%)\t—\t—\t〔16〕\t约束性',
    ].join('\n');
    const t = parsePlanText(outline).indicators[0].target;
    expect([t.kind, t.value]).toEqual(['cumulative_change', -16]);
  });

  it('reads 突破 in a commitment as a floor', () => {
    const doc = parsePlanText(
      '关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）壮大数字经济。软件业务收入突破800亿元。',
    );
    expect(doc.commitments.map((c) => [c.value, c.unit, c.comparator])).toEqual([[800, '亿元', 'gte']]);
  });
});

describe('a targets table with the year’s and the five-year columns', () => {
  const text = [
    '关于某省2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    '',
    '表二　某省“十五五”及2026年经济社会发展主要指标',
    '',
    '类别\t指标\t单位\t2025年预计\t2026年目标\t2030年目标\t年均增长/累计\t属性',
    '经济发展\t地区生产总值增长\t%\t5.8\t5.5左右\t—\t5.5左右\t预期性',
    '经济发展\t常住人口城镇化率\t%\t57.2\t58\t61\t〔3.8〕\t预期性',
    '民生福祉\t城镇新增就业\t万人\t32.5\t32以上\t—\t〔160〕\t预期性',
    '民生福祉\t城镇调查失业率\t%\t5.2\t5.5左右\t—\t5.5以内\t预期性',
    '民生福祉\t居民消费价格涨幅\t%\t0.6\t2左右\t—\t—\t预期性',
    '绿色生态\t地级城市空气质量优良天数比率\t%\t91.8\t90以上\t—\t90以上\t约束性',
  ].join('\n');
  const doc = parsePlanText(text);
  const rows = doc.indicators.map((i) => [
    i.name,
    i.period,
    i.target.kind,
    i.target.comparator,
    i.target.value,
  ]);

  it('reads the 2026 column as the year’s targets and the 2030 / 年均 columns as the five years’', () => {
    expect(rows).toEqual([
      ['地区生产总值增长', '2026', 'growth', 'approx', 5.5],
      ['地区生产总值增长', '2026-2030', 'cagr', 'approx', 5.5],
      ['常住人口城镇化率', '2026', 'level', 'eq', 58],
      ['常住人口城镇化率', '2026-2030', 'level', 'eq', 61],
      ['城镇新增就业', '2026', 'quantity', 'gte', 32],
      ['城镇新增就业', '2026-2030', 'cumulative_change', 'eq', 160],
      ['城镇调查失业率', '2026', 'level', 'approx', 5.5],
      ['城镇调查失业率', '2026-2030', 'level', 'lte', 5.5],
      ['居民消费价格涨幅', '2026', 'growth', 'approx', 2],
      ['地级城市空气质量优良天数比率', '2026', 'level', 'gte', 90],
      ['地级城市空气质量优良天数比率', '2026-2030', 'level', 'gte', 90],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('table_row_skipped');
  });

  it('keeps the unit of a 〔 〕 five-year total', () => {
    const jobs = doc.indicators.find((i) => i.name === '城镇新增就业' && i.period === '2026-2030');
    expect(jobs?.target.normalized).toEqual({ value: 1600000, unit: '人' });
  });

  it('gives a table outcome the span of its cell', () => {
    const urban = doc.outcomes.find((o) => o.name === '常住人口城镇化率');
    expect(urban && text.slice(...urban.span)).toBe('57.2');
  });
});

describe('a targets table pasted from a web page', () => {
  const html = [
    '<h1>关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告</h1>',
    '<p><strong>二、2026年主要目标</strong></p>',
    '<p style="text-align:center">表1 2026年某市主要指标</p>',
    '<table border="1"><tbody>',
    '<tr><td><p>类别</p></td><td><p>指标名称</p></td><td><p>单位</p></td><td><p>2026年目标</p></td><td><p>属性</p></td></tr>',
    '<tr>',
    '  <td rowspan="2"><p>经济发展</p></td>',
    '  <td><p>地区生产总值增长</p></td>',
    '  <td><p>%</p></td>',
    '  <td><p>5.5左右</p></td>',
    '  <td><p>预期性</p></td>',
    '</tr>',
    '<tr><td><p>货物贸易进出口总额</p></td><td><p>亿元</p></td><td><p>15000</p></td><td><p>预期性</p></td></tr>',
    '<tr><td><p>民生福祉</p></td><td><p>城镇新增就业人数</p></td><td><p>万人</p></td><td><p>6左右</p></td><td rowspan="2"><p>约束性</p></td></tr>',
    '<tr><td><p></p></td><td><p>粮食播种面积</p></td><td><p>万亩</p></td><td><p>160以上</p></td></tr>',
    '</tbody></table>',
    '<p>注：地区生产总值增速按可比价格计算。</p>',
    '<p><strong>三、2026年主要任务</strong></p>',
    '<p><strong>（一）扩大有效投资。</strong>新建5G基站3000个。</p>',
  ].join('\n');

  it('reads one indicator per row, with the merged category and attribute cells', () => {
    const doc = parsePlanText(html);
    expect(
      doc.indicators.map((i) => [
        i.name,
        i.category,
        i.attribute,
        i.target.kind,
        i.target.value,
        i.target.unit,
      ]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'expected', 'growth', 5.5, '%'],
      ['货物贸易进出口总额', '经济发展', 'expected', 'quantity', 15000, '亿元'],
      ['城镇新增就业人数', '民生福祉', 'binding', 'quantity', 6, '万人'],
      ['粮食播种面积', '民生福祉', 'binding', 'quantity', 160, '万亩'],
    ]);
    expect(doc.indicators[2].target.normalized).toEqual({ value: 60000, unit: '人' });
    // A row under a merged cell starts where its own text does.
    const second = doc.indicators[1];
    expect(html.slice(...second.span).startsWith('货物贸易进出口总额')).toBe(true);
    expect(doc.sections.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.text)))).toEqual([
      '新建5G基站3000个',
    ]);
  });

  it('reads cells of a page saved from Word, with long styles broken over lines', () => {
    const text = [
      '二、2026年主要目标',
      "<table class=MsoNormalTable border=0 style='width:453.6pt;border-collapse:collapse;mso-yfti-tbllook:1184'>",
      " <tr style='mso-yfti-irow:0;height:20.1pt'>",
      `  <td width=90 style='width:67.5pt;border:solid windowtext 1.0pt;${'mso-border-alt:solid windowtext .5pt;'.repeat(6)}'>`,
      "  <p class=MsoNormal><span style='font-family:仿宋'>指标</span></p>",
      '  </td>',
      "  <td style='border:solid windowtext 1.0pt;",
      "  border-left:none'><p>2026年目标</p></td>",
      '  <td><p>属性</p></td>',
      ' </tr>',
      ' <tr><td><p>地区生产总值增长（%）</p></td><td><p>6<span lang=EN-US>左右</span></p></td><td><p>预期性</p></td></tr>',
      '</table>',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(doc.plan.title).toBe('');
    expect(doc.indicators.map((i) => [i.name, i.target.text])).toEqual([['地区生产总值增长', '6%左右']]);
  });
});

describe('a Word table with merged category cells', () => {
  it('keeps every row in its columns', async () => {
    const cell = (text: string, rowSpan?: number) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], rowSpan });
    const row = (cells: TableCell[]) => new TableRow({ children: cells });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('关于某县2026年国民经济和社会发展计划草案的报告'),
            new Paragraph('二、2026年主要目标'),
            new Table({
              rows: [
                row(['类别', '指标', '单位', '2026年目标', '属性'].map((t) => cell(t))),
                row([
                  cell('经济发展', 2),
                  ...['地区生产总值增长', '%', '6左右', '预期性'].map((t) => cell(t)),
                ]),
                row(['高新技术企业数', '家', '700', '预期性'].map((t) => cell(t))),
                row([cell('绿色生态'), ...['森林覆盖率', '%', '63.5', '约束性'].map((t) => cell(t))]),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { document: parsed } = await parsePlanDocument(bytes, 'plan.docx');
    expect(
      parsed.indicators.map((i) => [i.name, i.category, i.attribute, i.target.value, i.target.unit]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'expected', 6, '%'],
      ['高新技术企业数', '经济发展', 'expected', 700, '家'],
      ['森林覆盖率', '绿色生态', 'binding', 63.5, '%'],
    ]);
  });
});

describe('rows of exported tables', () => {
  it('keeps an empty cell (two tabs) in its column', () => {
    const doc = parsePlanText(
      [
        '“十五五”时期主要指标',
        '指标\t2025年\t2030年\t年均增长〔累计〕\t属性',
        '地区生产总值增长(%)\t6.8\t\t6左右\t预期性',
        '城镇新增就业(万人)\t\t\t〔30〕\t预期性',
        '森林覆盖率(%)\t31\t32\t\t约束性',
      ].join('\n'),
    );
    expect(doc.indicators.map((i) => [i.name, i.attribute, i.target.kind, i.target.value])).toEqual([
      ['地区生产总值增长', 'expected', 'cagr', 6],
      ['城镇新增就业', 'expected', 'cumulative_change', 30],
      ['森林覆盖率', 'binding', 'level', 32],
    ]);
  });

  it('lines up a row that leaves out its merged category cell', () => {
    const doc = parsePlanText(
      [
        '2026年主要目标',
        '类别\t指标\t2026年目标\t属性',
        '经济发展\t地区生产总值增长(%)\t6左右\t预期性',
        '规模以上工业增加值增长(%)\t7\t预期性',
        '绿色生态\t森林覆盖率(%)\t63.5\t约束性',
      ].join('\n'),
    );
    expect(doc.indicators.map((i) => [i.name, i.category, i.target.value])).toEqual([
      ['地区生产总值增长', '经济发展', 6],
      ['规模以上工业增加值增长', '经济发展', 7],
      ['森林覆盖率', '绿色生态', 63.5],
    ]);
  });

  it('reads a unit column beside bare target cells (5.5 | %, 6左右 | 万人)', () => {
    const doc = parsePlanText(
      [
        '2026年主要指标',
        '',
        '| 类别 | 序号 | 指标 | 单位 | 2025年完成 | 2026年目标 | 属性 |',
        '|---|---|---|---|---|---|---|',
        '| 经济发展 | 1 | 地区生产总值增长 | % | 5.9 | 5.5 | 预期性 |',
        '| 民生福祉 | 2 | 城镇新增就业 | 万人 | 11.2 | 6左右 | 预期性 |',
        '|  | 3 | 粮食总产量 | 万吨 | 485 | 480以上 | 约束性 |',
      ].join('\n'),
    );
    expect(
      doc.indicators.map((i) => [
        i.name,
        i.category,
        i.target.kind,
        i.target.comparator,
        i.target.value,
        i.target.unit,
        i.target.normalized,
      ]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'growth', 'eq', 5.5, '%', { value: 5.5, unit: '%' }],
      ['城镇新增就业', '民生福祉', 'quantity', 'approx', 6, '万人', { value: 60000, unit: '人' }],
      ['粮食总产量', '民生福祉', 'quantity', 'gte', 480, '万吨', { value: 4800000, unit: '吨' }],
    ]);
  });
});

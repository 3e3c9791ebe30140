import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanProblems, textProblems } from '../../test/fixtures/plans/plan-facts.ts';
import { parsePlanText } from './parse-plan-text.ts';

// Pieces of real report writing, so that random strings reach the deeper stages too.
const FRAGMENTS = [
  '主要预期目标是：',
  '。（二）推动发展。',
  '；三、2026年任务',
  '<table><tr><td>指标</td><td>属性</td></tr></table>',
  '**着力扩大投资。**',
  '地区生产总值增长5.5%左右，',
  '城镇新增就业60万人以上；',
  '居民消费价格涨幅3%以内',
  'A、B、C完成国家下达目标。',
  '与经济增长基本同步',
  '经济发展提质增效,',
  '（一）全力扩大有效需求，着力促进消费。',
  '### (二)推动高质量发展\n\n',
  '## 三、主要任务和措施\n\n',
  '一、2025年执行情况\n',
  '着力扩大有效投资。',
  '新建绿地500公顷、绿道100公里、立体绿化10万平方米。',
  '建成临港实验室、联影医疗基地等项目，',
  '加快建设G50高速公路改建工程等项目。',
  '正式项目184项，其中新开工16项，全年计划投',
  '\n\n# 关于某市2025年计划执行情况与2026年计划草案的报告\n\n',
  '资额2550亿元。',
  '(上接第10版)',
  ' 下转▶12版',
  'PM <sub>2.5</sub>',
  '&nbsp;',
  '下载\n打印\n全屏\n',
  '— 12 —\n',
  '表五 2026年某市主要目标\n',
  '指标名称\t属性\t全年目标\n',
  '全市生产总值\t预期性\t增长5%左右\n',
  '| 指标 | 属性 | 2026年目标 |\n|---|---|---|\n| 粮食产量 | 约束性 | 610亿斤以上 |\n',
  '地区生产总值增长    预期性    6%左右\n',
  '一是基础不牢。二是动力不足。',
  '增长１２．５％',
  '規劃執行與經濟發展',
  '第48届',
  '5万套(间)',
  '\n',
  '。',
  '，',
  '、',
  '(',
  ')',
  '“',
];

// The same writing in traditional characters and full-width digits, as Hong Kong, Macao and
// Taiwan sources and some OCR output give it.
const TRADITIONAL_FRAGMENTS = [
  '（一）擴大有效投資。',
  '（二）增進民生福祉。',
  '三、２０２６年重點任務\n\n',
  '新建充電樁５０００個，',
  '新增綠道６０公里、口袋公園３０個。',
  '建設保障性住房３５００套（間）；',
  '新增養老床位８００張以上，',
  '全年計劃投資額１３５０億元。',
  '新增公辦學位１.５萬個。',
  '著力推動製造業高質量發展。',
  '建成某某電器智能製造基地等項目，',
];

const reportLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((a) => a.join(''));

const traditionalLike = fc
  .array(fc.oneof(fc.constantFrom(...TRADITIONAL_FRAGMENTS, ...FRAGMENTS), fc.string({ maxLength: 4 })), {
    maxLength: 40,
  })
  .map((a) => a.join(''));

describe('parsePlanText on arbitrary input', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), reportLike),
        (s) => {
          parsePlanText(s);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every span in range and around its number', () => {
    fc.assert(
      fc.property(reportLike, (s) => {
        const doc = parsePlanText(s);
        expect(spanProblems(doc, s)).toEqual([]);
        // A stage failure is caught, but it is still a bug.
        expect(doc.warnings.filter((w) => w.code === 'stage_failed')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // Item text is normalised (half-width, simplified: names must match the catalog) while the
  // span slices the original; the two agree once the slice is normalised the same way.
  it('keeps every commitment text equal to its source once normalised', () => {
    fc.assert(
      fc.property(fc.oneof(reportLike, traditionalLike), (s) => {
        expect(textProblems(parsePlanText(s), s)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('returns an empty plan with a warning for text that is no report', () => {
    const doc = parsePlanText('hello world');
    expect(doc.indicators).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('no_indicators');
  });
});

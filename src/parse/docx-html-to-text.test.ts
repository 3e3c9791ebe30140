import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from './docx-html-to-text.ts';

describe('docxHtmlToText', () => {
  it.each([
    ['<h1>标题</h1><p>正文。</p>', '# 标题\n\n正文。'],
    ['<p><strong>着力扩大投资。</strong>推进A&amp;B&lt;1&gt;。</p>', '着力扩大投资。推进A&B<1>。'],
    [
      '<table><tr><td><p>指标</p></td><td><p>属性</p></td></tr><tr><td><p>地区生产总值</p></td><td><p>预期性</p></td></tr></table>',
      '指标\t属性\n地区生产总值\t预期性',
    ],
    ['<p>PM<sub>2.5</sub>浓度&#x4E0B;降</p><p></p>', 'PM2.5浓度下降'],
    ['<ol><li>第一项</li><li>第二项</li></ol>', '第一项\n\n第二项'],
    // A vertically merged category cell (mammoth: rowspan) leaves the rows below an empty cell.
    [
      '<table><tr><td rowspan="2">经济发展</td><td>A</td><td>5%</td></tr><tr><td>B</td><td>6%</td></tr></table>',
      '经济发展\tA\t5%\n\tB\t6%',
    ],
    ['<table><tr><td>A</td><td colspan="2">预期性</td><td>5%</td></tr></table>', 'A\t预期性\t\t5%'],
  ])('%s', (html, text) => {
    expect(docxHtmlToText(html)).toBe(text);
  });
});

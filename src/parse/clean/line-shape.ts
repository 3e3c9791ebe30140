/**
 * How a line of a report looks: the tests the cleaning and block stages share. They read
 * layout only (markers, punctuation, separators), never wording of a particular report.
 */

const SECTION_MARKER =
  /^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[、．.](?!\d)|[(（]\s*\d{1,2}\s*[)）]|第[一二三四五六七八九十百]{1,3}[章节部分篇]|[①-⑳])/;

export function startsWithMarker(line: string): boolean {
  return SECTION_MARKER.test(line);
}

export function isMarkdownHeading(line: string): boolean {
  return /^\s*#{1,6}\s/.test(line);
}

/** TSV, Markdown pipes, or columns aligned with runs of spaces (indentation does not count). */
export function isTableRowLike(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (t.includes('\t')) return true;
  if (t.startsWith('|') || (t.match(/\|/g)?.length ?? 0) >= 2) return true;
  // Space-aligned: prose never has sentence punctuation between columns; a two-column row
  // needs a value-like second cell, so a heading "二、  主要目标" stays a heading.
  if (/[。；;，]|,(?!\d{3})/.test(t)) return false;
  const cells = t.split(/ {2,}|\u3000+/);
  if (cells.length >= 3) return true;
  return cells.length === 2 && !startsWithMarker(t) && /\d|预期|约束|目标|属性/.test(cells[1]);
}

const CLOSERS = /[\s”’"')）\]】》]+$/;

/** Ends with 。；！？：… (after closing quotes and brackets). */
export function endsSentence(line: string): boolean {
  const t = line.replace(CLOSERS, '');
  return /[。；;！!？?：:…]$/.test(t);
}

/** Running text rather than a heading, caption, table row or chrome. */
export function isProse(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || isMarkdownHeading(t) || isTableRowLike(t)) return false;
  if (!/[，,、。；;：:]/.test(t)) return false;
  // Page metadata (来源：… 发布时间：…) is not running text, whatever its punctuation.
  if (/(?:来源|发布时间|发布日期|责任编辑|编辑|作者|浏览次数|点击数)\s*[:：]/.test(t)) return false;
  if (startsWithMarker(t) && !/[。；;]/.test(t)) return false;
  return true;
}

const CHROME_WORDS =
  /(?:下载|打印本页|打印|全屏|退出全屏|字号|字体|分享到|分享|收藏|关闭窗口|关闭|返回顶部|返回|扫一扫|微信|微博|QQ空间|复制链接|纠错|放大|缩小|默认|大|中|小|[|:：/·【】[\]\s])/y;

// A breadcrumb: 首页 > 政务公开 > 规划计划 · 当前位置：首页 » 信息公开 (short steps, no prose).
const BREADCRUMB_STEP = /^[\u4e00-\u9fffA-Za-z0-9 ]{1,16}$/;

function isBreadcrumb(t: string): boolean {
  const steps = t
    .replace(/^(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]\s*/, '')
    .split(/\s*[>›»＞]+\s*/);
  return (
    steps.length >= 2 &&
    /^(?:首页|主页|网站首页)$/.test(steps[0]) &&
    steps.every((x) => BREADCRUMB_STEP.test(x))
  );
}

/** A web page's tool bar (下载 / 打印 / 全屏 / 字号：大 中 小 / 分享到) or breadcrumb, and nothing else. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 0 && t.length <= 80 && isBreadcrumb(t)) return true;
  if (t.length === 0 || t.length > 30) return false;
  let at = 0;
  let words = 0;
  while (at < t.length) {
    CHROME_WORDS.lastIndex = at;
    const m = CHROME_WORDS.exec(t);
    if (!m) return false;
    if (!/^[|:：/·【】[\]\s]$/.test(m[0])) words++;
    at += m[0].length;
  }
  return words > 0;
}

/** Page numbers: "12", "— 12 —", "-12-", "第3页 共20页". */
export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return (
    /^[-—–－·\s]*\d{1,4}[-—–－·\s]*$/.test(t) || /^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(t)
  );
}

/** A heading-like line a page break may insert mid-sentence: a title or running header. */
export function isRunningHeaderLike(line: string): boolean {
  const t = line.trim().replace(/^#{1,6}\s*/, '');
  if (t.length === 0 || t.length > 90) return false;
  if (startsWithMarker(t) || isTableRowLike(line)) return false;
  return !/[，,。；;：:]/.test(t);
}

import { parseNumber } from '../../domain/numbers/parse-number.ts';
import type { PlanKind } from '../../domain/plan-document.types.ts';
import { statedYear, withoutYearRole } from './year-words.ts';

export interface HeaderInput {
  /** Candidate title lines: headings of the document and removed running headers, in order. */
  titleLines: string[];
  /** The whole cleaned text (for the GWR subtitle and the body fallbacks). */
  text: string;
  /** Captions and intros of the main-targets table or paragraph. */
  targetIntros: string[];
}

export interface HeaderResult {
  title: string;
  region: string | null;
  year: number | null;
  kind: PlanKind;
  periodStart: number | null;
  periodEnd: number | null;
}

const REGION =
  '(?:[\\u4e00-\\u9fff]{2,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|州|盟|地区|县|区|旗))+';
const AFTER_REGION = '(?=\\d|[〇一二三四五六七八九]{4}年|国民经济|经济|年度|人民政府|政府工作报告|“|")';
const TITLE_LIKE =
  /^关于.{4,100}(?:报告|草案|纲要)$|政府工作报告|规划纲要|国民经济和社会发展.{0,20}(?:计划|规划)/;

const REPORT_TITLE = /^关于.{4,100}(?:报告|草案|纲要)$|^.{0,30}政府工作报告$|规划纲要$/;
// Sentence punctuation (prose), a breadcrumb (首页 > …) or a subtitle: not a title.
const PROSE_OR_CHROME = /[。；;:：，,!！?？]|[>›»]|^——|^-{2}/;
const CAPTION_LINE = /^(?:附?表\s*[一二三四五六七八九十\d]|专栏\s*[一二三四五六七八九十\d])/;
const NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十百]{1,3}[章节部篇])/;

/** 十四五 → 2021-2025, 十五五 → 2026-2030: the five-year plan a 十N五 name stands for. */
export function fiveYearPeriod(text: string): { start: number; end: number } | null {
  const m =
    /第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)/.exec(text) ??
    /[“"']?([十]?[一二三四五六七八九十]{0,2})五[”"']?(?:时期|规划|期间|计划|末)/.exec(text);
  if (!m || m[1] === '') return null;
  const n = parseNumber(m[1]);
  if (n === null || n < 6 || n > 30) return null;
  const start = 1981 + 5 * (n - 6);
  return { start, end: start + 4 };
}

/** Title, region, plan year and kind, read from the title, the targets caption or the body. */
export function readPlanHeader(input: HeaderInput): HeaderResult {
  // "政 府 工 作 报 告": letter-spaced titles read without the spaces.
  const lines = input.titleLines
    // A table row (类别\t指标\t…, | 指标 | 属性 |) is never the title.
    .filter((t) => !/\t|\|.*\|/.test(t))
    .map((t) =>
      t
        .replace(/^#{1,6}\s*/, '')
        .trim()
        .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, ''),
    )
    // A title runs into its subtitle or the text when line breaks were lost.
    .map((t) =>
      t.length > 80
        ? { text: t.split(/——|—|。|:|：|(?<=的报告|工作报告|纲要)/)[0], cut: true }
        : { text: t, cut: false },
    )
    .filter((t) => t.text !== '');
  // A long title wrapped onto two lines (text copied from a PDF) reads as one.
  const rejoined = lines.flatMap((t, i) => {
    const next = lines[i + 1];
    if (!next || t.cut || next.cut || REPORT_TITLE.test(t.text) || REPORT_TITLE.test(next.text)) return [t];
    const both = t.text + next.text;
    const wrapped = REPORT_TITLE.test(both) && !PROSE_OR_CHROME.test(both) && both.length <= 120;
    return wrapped ? [{ text: both, cut: false }, t] : [t];
  });
  // A part heading (一、2025年国民经济和社会发展计划执行情况) is never the title.
  const candidates = rejoined.filter((t) => !NUMBERED.test(t.text) && !CAPTION_LINE.test(t.text));
  const titles = candidates.map((t) => t.text);
  // Without a recognisable title, a short line that is neither prose (nor cut from prose) nor
  // page chrome stands for it.
  const title =
    titles.find((t) => REPORT_TITLE.test(t)) ??
    titles.find((t) => TITLE_LIKE.test(t) && !PROSE_OR_CHROME.test(t)) ??
    namedInOpening(input.text) ??
    titles.find((t) => TITLE_LIKE.test(t)) ??
    candidates.find((t) => !t.cut && !PROSE_OR_CHROME.test(t.text) && t.text.length <= 60)?.text ??
    '';
  const fiveYear =
    (/五年规划|规划纲要|五年计划|远景目标纲要/.test(title) && !/执行情况|年度计划|计划草案/.test(title)) ||
    (/[一二三四五六七八九十]{1,2}五[”"]?.{0,8}(?:规划|计划)/.test(title) &&
      !/年度|执行情况|计划草案|年国民经济/.test(title));
  const region = readRegion(title, input);
  let year = readYear(title, input);
  let periodStart: number | null = null;
  let periodEnd: number | null = null;
  if (fiveYear) {
    const p = fiveYearPeriod(title) ?? rangeOfYears(title);
    if (p) {
      periodStart = p.start;
      periodEnd = p.end;
      year = p.start;
    }
  }
  return { title, region, year, kind: fiveYear ? 'five_year' : 'annual', periodStart, periodEnd };
}

/**
 * A document without a title line (an old outline extracted from a PDF) names itself in its
 * opening: 制定《中华人民共和国国民经济和社会发展“九五”计划和2010年远景目标纲要》.
 */
function namedInOpening(text: string): string | undefined {
  const head = text.slice(0, 3000);
  const m = /《([^《》\n]{6,80}?(?:纲要|规划|计划))(?:（草案）|\(草案\))?》/.exec(head);
  if (m && /国民经济和社会发展|五年/.test(m[1])) return m[1];
  // "本纲要根据《中共中央关于制定…第十个五年计划的建议》编制": the outline of that plan; the
  // Central Committee's proposal is for the country's (中华人民共和国…) plan.
  const proposal =
    /《(中共中央|中共[\u4e00-\u9fff]{2,12}?委)关于制定([^《》\n]{6,60}?(?:规划|计划))的建议》/.exec(head);
  if (proposal && /本纲要|《纲要》|规划纲要|计划纲要/.test(head)) {
    return `${proposal[1] === '中共中央' ? '中华人民共和国' : ''}${proposal[2]}纲要`;
  }
  return undefined;
}

// Words of the speaker (我代表省人民政府) or of a sentence, not of a region's name.
const NOT_A_REGION = /^(?:我|代表|向|在|由|对|经|按照|根据|本)|代表|我们/;

function plausible(region: string | undefined): string | undefined {
  return region !== undefined && !NOT_A_REGION.test(region) ? region : undefined;
}

function rangeOfYears(text: string): { start: number; end: number } | null {
  const m = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年/.exec(text);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function readRegion(title: string, input: HeaderInput): string | null {
  if (/^中华人民共和国/.test(title)) return '全国';
  const fromTitle = plausible(new RegExp(`关于(${REGION})${AFTER_REGION}`).exec(title)?.[1]);
  if (fromTitle) return fromTitle;
  const leading = plausible(new RegExp(`^(?:\\d{4}年)?(${REGION})${AFTER_REGION}`).exec(title)?.[1]);
  if (leading) return leading;
  for (const intro of input.targetIntros) {
    const m = plausible(
      new RegExp(`\\d{4}年(?:度)?(${REGION})(?:国民经济|经济社会|经济和社会|主要)`).exec(intro)?.[1],
    );
    if (m) return m;
  }
  const head = input.text.slice(0, 3000);
  // "——2026年1月27日在甘肃省十四届人民代表大会第四次会议上": 第 is not always written.
  const congress = plausible(
    new RegExp(`在(${REGION})第?[一二三四五六七八九十]+届人民代表大会`).exec(head)?.[1],
  );
  if (congress) return congress;
  if (/全国人民代表大会/.test(head)) return '全国';
  for (const m of head.matchAll(new RegExp(`(${REGION})人民政府`, 'g'))) {
    const gov = plausible(m[1]);
    if (gov) return gov;
  }
  return regionFromBody(input.text);
}

// "做好2026年上海经济社会发展工作" names the place without its suffix; 全市/全省 tells which one.
function regionFromBody(text: string): string | null {
  const m = /做好(?:\d{4}年)?([\u4e00-\u9fff]{2,4}?)(?:经济社会发展|经济工作|各项工作)/.exec(text);
  if (!m || /今年|明年|全年|全市|全省|全区|全县|政府/.test(m[1])) return null;
  const counts: Array<[string, number]> = [
    ['省', (text.match(/全省/g) ?? []).length],
    ['市', (text.match(/全市/g) ?? []).length],
    ['区', (text.match(/全区/g) ?? []).length],
    ['县', (text.match(/全县/g) ?? []).length],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? m[1] + counts[0][0] : null;
}

function readYear(title: string, input: HeaderInput): number | null {
  // "2025年…执行情况与2026年…计划草案": the plan year is the one the draft is for.
  // The two may be joined by 与, 及, 和, 、 or 以及; the draft's year is the last before 草案.
  const draft =
    /(?:与|及|和|、)\s*(\d{4})\s*年/.exec(title) ??
    /(\d{4})\s*年(?:(?!\d{4}\s*年).){0,30}?(?:计划|规划)草案/.exec(title);
  if (draft) return Number(draft[1]);
  for (const intro of input.targetIntros) {
    const year = statedYear(withoutYearRole(intro));
    if (year !== null) return year;
  }
  // 到2030年 is an end year, not the plan's.
  const years = [...title.matchAll(/(?<!到|至)(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length > 0) return Math.max(...years);
  // A government work report is delivered early in the year it plans: "——2026年1月20日在…".
  const date = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在/.exec(input.text.slice(0, 3000));
  if (date) return Number(date[1]);
  return null;
}

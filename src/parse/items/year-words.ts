/** How reports write the year a set of targets is for; shared by the header and the periods. */

// "2026年是“十五五”规划开局之年": the five-year plan names the year's place in it, it does not
// make the year's targets five-year ones. The year (when written) is kept.
const YEAR_OF_PLAN =
  /(\d{4}\s*年|今年|明年)?[^，。；,;:：]{0,6}?(?:是|为|作为|迎来|处在|处于)?[“"']?十[一二三四五六七八九]?五[”"']?(?:规划|时期)?(?:的)?[\u4e00-\u9fff]{0,6}?之年/g;

/** The intro without the phrases that place the year in a five-year plan (…开局之年). */
export function withoutYearRole(intro: string): string {
  return intro.replace(YEAR_OF_PLAN, (_all, year: string | undefined) => year ?? '');
}

/** A written year that is when the targets are for: not an end year (到2030年) nor a base (比2025年). */
export function statedYear(text: string): number | null {
  for (const m of text.matchAll(/(\d{4})\s*年(?!前|以前|底前|末前)/g)) {
    if (/(?:到|至|比|较|与|同)\s*$/.test(text.slice(0, m.index))) continue;
    return Number(m[1]);
  }
  return null;
}

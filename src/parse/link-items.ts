interface Linkable {
  key: string;
  name: string;
  target: { normalized: { value: number; unit: string } | null; impliedGrowth?: number | null };
}

/**
 * The indicator a commitment restates (城镇新增就业60万人以上 ↔ 城镇新增就业人数): the same
 * quantity in the same base unit and a similar name, or a near-identical name alone.
 */
export function linkToIndicator(
  subject: string,
  normalized: { value: number; unit: string },
  indicators: readonly Linkable[],
  match: (a: string, b: string) => number,
): string | null {
  let best: { key: string; score: number } | null = null;
  for (const ind of indicators) {
    const n = ind.target.normalized;
    if (n === null || n.unit !== normalized.unit) continue;
    const sameQuantity = Math.abs(n.value - normalized.value) < 1e-9 * Math.max(1, Math.abs(n.value));
    const score = match(subject, ind.name);
    // A name inside a much longer subject (生产总值 in 亿元生产总值生产安全事故死亡率) is another
    // indicator, unless the figure is the same.
    const comparable = Math.min(subject.length, ind.name.length) / Math.max(subject.length, ind.name.length);
    const ok = sameQuantity ? score >= 0.3 : score >= 0.85 && comparable >= 0.5;
    if (ok && (!best || score > best.score)) best = { key: ind.key, score };
  }
  return best?.key ?? null;
}

/**
 * The indicator an outcome of the previous year reports on, by name only. When the plan states
 * both the year's target and a five-year one for it (增长8% and 年均增长8%以上), last year's
 * figure is read against the year's target.
 */
export function linkOutcome(
  name: string,
  unit: string,
  indicators: readonly (Linkable & { period?: string })[],
  match: (a: string, b: string) => number,
): string | null {
  let best: { key: string; score: number; annual: boolean } | null = null;
  for (const ind of indicators) {
    const score = match(name, ind.name);
    const n = ind.target.normalized;
    // A growth rate reports on a growth or share target; a level needs the same base unit.
    const unitOk = n === null || unit === '%' || unit.endsWith(n.unit);
    if (score < 0.6 || !unitOk) continue;
    const annual = ind.period === undefined || /^\d{4}$/.test(ind.period);
    const better =
      !best ||
      (annual && !best.annual && score >= best.score - 0.15) ||
      (annual === best.annual && score > best.score) ||
      (!annual && best.annual && score > best.score + 0.15);
    if (better) best = { key: ind.key, score, annual };
  }
  return best?.key ?? null;
}

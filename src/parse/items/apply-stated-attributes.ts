import type { FoundIndicator } from './item.types.ts';

// "其中，A、B、C为约束性指标，其余为预期性指标" · "A和B属于约束性指标" (read backwards from
// each 约束性指标, so that a long text without one costs a single scan).
const LISTED_BEFORE = /([^。；;:：]{2,300})(?:为|是|属于|均为|系)$/;
// "约束性指标包括：A、B、C。" · "约束性指标有A、B"
const LISTED_AFTER = /约束性指标(?:包括|为|有|是)\s*[:：]?\s*([^。；;]{2,300})/g;

/** The indicator names a report's text says are binding (约束性), as written. */
export function statedBindingNames(text: string): string[] {
  const names: string[] = [];
  const add = (list: string) => {
    const body = list.replace(/^.*?(?:其中|另外|此外)\s*[，,]?\s*/, '').replace(/^[，,\s]+/, '');
    for (const raw of body.split(/[、，,]|(?:以及|及|和)(?=[^、，,]*$)/)) {
      const name = raw
        .replace(/^(?:其中|以及|及|和)\s*/, '')
        .replace(/(?:等)?(?:[一二三四五六七八九十\d]+)?(?:项|个)?(?:指标)?$/, '')
        .replace(/[“”"（）()\s]/g, '')
        .trim();
      if (name.length >= 2 && name.length <= 40 && !/其余|其他|以上|上述/.test(name)) names.push(name);
    }
  };
  if (!text.includes('约束性指标')) return names;
  for (let at = text.indexOf('约束性指标'); at >= 0; at = text.indexOf('约束性指标', at + 1)) {
    const m = LISTED_BEFORE.exec(text.slice(Math.max(0, at - 310), at));
    if (!m) continue;
    // Only the last clause run before the verb: "…如下表。其中，A、B为约束性指标".
    add(m[1].split(/[，,](?=其中)/).pop() ?? m[1]);
  }
  for (const m of text.matchAll(LISTED_AFTER)) add(m[1]);
  return names;
}

/**
 * Indicators whose attribute the table or clause did not state, marked binding when the text
 * names them as 约束性指标 (by the best-matching name, at `match` score ≥ 0.8).
 */
export function applyStatedAttributes<T extends FoundIndicator>(
  indicators: T[],
  text: string,
  match: (a: string, b: string) => number,
): T[] {
  const names = statedBindingNames(text);
  if (names.length === 0) return indicators;
  for (const name of names) {
    let best = 0;
    for (const i of indicators) best = Math.max(best, match(i.name, name));
    if (best < 0.8) continue;
    for (const i of indicators) {
      if (!i.attributeStated && match(i.name, name) === best) {
        i.attribute = 'binding';
        i.attributeStated = true;
      }
    }
  }
  return indicators;
}

import { findCatalogEntry } from '../../domain/catalog/indicator-catalog.ts';

/**
 * The names a 分别 list pairs with its values, one per value. 城乡居民人均可支配收入 stands
 * for the 城镇 and the 农村 series; in "城镇、农村居民人均可支配收入" (or 城镇居民和农村居民…)
 * the first names share the last one's ending — taken only when the catalog knows the result,
 * since a list of whole names (工业、服务业增加值) has no shared ending of that shape.
 *
 * @example respectiveNames(['城镇', '农村居民人均可支配收入']) // ['城镇居民人均可支配收入', '农村居民人均可支配收入']
 */
export function respectiveNames(names: string[]): string[] {
  if (names.length === 1 && /城乡/.test(names[0])) {
    const [name] = names;
    return [name.replace('城乡', '城镇'), name.replace('城乡', '农村')];
  }
  if (names.length < 2) return names;
  const last = names[names.length - 1];
  return names.map((name, i) => {
    if (i === names.length - 1 || name.length >= last.length || findCatalogEntry(name)) return name;
    const whole = name + last.slice(name.length);
    return findCatalogEntry(whole) && !findCatalogEntry(name) ? whole : name;
  });
}

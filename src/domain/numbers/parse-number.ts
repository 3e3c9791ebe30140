import { toHalfWidth } from './to-half-width.ts';

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const CN_DIGIT_CHARS = '〇零一二两三四五六七八九';
const CN_UNIT_CHARS = '十百千';

/**
 * A regex source (no capture groups, no flags) matching one numeral in running text: an Arabic
 * number (full-width digits, thousands separators `,`/`，`, decimals) or a Chinese numeral
 * (一千五百, 三点五). A trailing 万/亿 is left out so it can be read as part of the unit
 * (60万人 → numeral 60, unit 万人), the same for both scripts. No sign: in 4.5%-5% the dash is
 * a range, not a minus.
 */
export const NUMERAL_PATTERN =
  '(?:[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?' +
  `|[${CN_DIGIT_CHARS}十](?:[${CN_DIGIT_CHARS}${CN_UNIT_CHARS}万亿]*[${CN_DIGIT_CHARS}${CN_UNIT_CHARS}])?` +
  `(?:点[${CN_DIGIT_CHARS}]+)?)`;

const ARABIC = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Reads a numeral: Arabic (1,200 · １２．５ · 3.5), Chinese (一千五百 · 两 · 十二 · 三点五 · 二〇二六),
 * or mixed with a multiplier inside the numeral (1.5万 → 15000, 3千 → 3000, 1.2万亿 → 1.2e12).
 * Returns null when the text is not one number; never throws.
 *
 * @example parseNumber('一千五百') // 1500
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const s = toHalfWidth(text)
    .trim()
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1');
  if (s === '') return null;
  if (ARABIC.test(s)) return Number(s);
  let sign = 1;
  let body = s;
  if (/^[-+负]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1);
  }
  const value = parseMixed(body);
  return value === null ? null : roundNoise(sign * value);
}

/** Chinese-numeral grammar where a digit may also be an Arabic number (1.5万, 3千). */
function parseMixed(s: string): number | null {
  if (s === '') return null;
  // A run of bare digits without units is positional: 二〇二六 → 2026.
  if ([...s].every((c) => c in CN_DIGITS) && s.length > 1) {
    return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let sawAny = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const arabic = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      if (num !== null) return null;
      num = Number(arabic[0]);
      i += arabic[0].length;
      sawAny = true;
      continue;
    }
    if (c in CN_DIGITS) {
      if (num !== null && num !== 0 && CN_DIGITS[c] !== 0) return null;
      if (CN_DIGITS[c] !== 0) num = CN_DIGITS[c];
      i++;
      sawAny = true;
      continue;
    }
    if (c === '点' || c === '點') {
      const frac = /^[〇零一二两三四五六七八九]+/.exec(s.slice(i + 1));
      if (!frac) return null;
      num = Number(`${num ?? 0}.${[...frac[0]].map((d) => CN_DIGITS[d]).join('')}`);
      i += 1 + frac[0].length;
      sawAny = true;
      continue;
    }
    if (c in CN_SMALL_UNITS) {
      // 十 alone means 10 (十二 = 12); 百/千 need a digit before them.
      if (num === null && !(c === '十' || c === '拾')) return null;
      section += (num ?? 1) * CN_SMALL_UNITS[c];
      num = null;
      i++;
      sawAny = true;
      continue;
    }
    if (c in CN_BIG_UNITS) {
      if (!sawAny) return null;
      const unit = CN_BIG_UNITS[c];
      if (unit === 1e8) total = (total + section + (num ?? 0)) * unit;
      else {
        total += (section + (num ?? 0)) * unit;
      }
      section = 0;
      num = null;
      i++;
      continue;
    }
    return null;
  }
  if (!sawAny) return null;
  return total + section + (num ?? 0);
}

/** Drops binary floating-point noise (4.6 × 1e4 = 45999.999…) at a precision no plan uses. */
export function roundNoise(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toPrecision(12));
}

import { describe, expect, expectTypeOf, it } from 'vitest';
import { AREA_CATALOGS } from './catalog/index.ts';
import { formatAmount, formatPeriod, formatPoints, formatShare } from './format.ts';
import { negotiateLang, toLang } from './lang.ts';
import type { CatalogFor, Message, MessageOf } from './message.types.ts';
import { hasMessage, isMessage, render } from './render.ts';

describe('negotiateLang', () => {
  it.each<[{ query?: string | null; acceptLanguage?: string | null }, 'zh' | 'en']>([
    [{}, 'zh'],
    [{ acceptLanguage: 'en-US,en;q=0.9' }, 'en'],
    [{ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }, 'zh'],
    [{ acceptLanguage: 'fr-FR,en;q=0.5,zh;q=0.4' }, 'en'],
    [{ acceptLanguage: 'zh;q=0.3,en;q=0.7' }, 'en'],
    [{ acceptLanguage: 'en;q=0,zh;q=0.1' }, 'zh'],
    [{ acceptLanguage: 'fr, de' }, 'zh'],
    [{ acceptLanguage: '*' }, 'zh'],
    [{ query: 'en', acceptLanguage: 'zh-CN' }, 'en'],
    [{ query: 'ZH', acceptLanguage: 'en' }, 'zh'],
    [{ query: 'xx', acceptLanguage: 'en' }, 'en'],
  ])('%j → %s', (input, expected) => {
    expect(negotiateLang(input)).toBe(expected);
  });

  it('reads tags with regions and scripts', () => {
    expect(toLang('zh_Hans')).toBe('zh');
    expect(toLang('EN-gb')).toBe('en');
    expect(toLang('')).toBeNull();
  });
});

describe('formatAmount', () => {
  it.each<[number, string | null, string, string]>([
    [114132478833, '元', '1141.32亿元', '1141.32亿 yuan'],
    [2550, '亿元', '2550亿元', '2550亿 yuan'],
    [600000, '人', '60万人', '60万 people'],
    [71, '公里', '71公里', '71 km'],
    [5, '%', '5%', '5%'],
    [5.42, '%', '5.42%', '5.42%'],
    [0.5, '个百分点', '0.5个百分点', '0.5 percentage points'],
    [9999, '套(间)', '9,999套(间)', '9,999 套(间)'],
    [3, null, '3', '3'],
  ])('%d %s → %s / %s', (value, unit, zh, en) => {
    expect(formatAmount(value, unit, 'zh')).toBe(zh);
    expect(formatAmount(value, unit, 'en')).toBe(en);
  });

  it('never writes a base-unit amount with all its digits', () => {
    expect(formatAmount(114132478833, '元', 'en')).not.toMatch(/\d{5}/);
  });

  it('writes shares and points', () => {
    expect(formatShare(0.673)).toBe('67.3%');
    expect(formatShare(0.75)).toBe('75%');
    expect(formatPoints(0.5, 'zh')).toBe('0.5个百分点');
  });
});

describe('formatPeriod', () => {
  it('uses one wording per language (二季度, not 第二季度)', () => {
    expect(formatPeriod('2026Q2', 'zh')).toBe('2026年二季度');
    expect(formatPeriod('2026Q2', 'en')).toBe('Q2 2026');
    expect(formatPeriod('2026-06', 'zh', { ytd: true })).toBe('2026年1—6月');
    expect(formatPeriod('2026-06', 'en', { ytd: true })).toBe('Jan–Jun 2026');
  });

  it('returns a key it cannot read as given', () => {
    expect(formatPeriod('sometime', 'en')).toBe('sometime');
  });
});

describe('render', () => {
  it('renders an error code in either language', () => {
    expect(render({ code: 'NOT_FOUND', params: { what: 'plan', id: 7 } }, 'en')).toBe('plan 7 not found');
    expect(render({ code: 'NOT_FOUND', params: { what: '规划', id: 7 } }, 'zh')).toBe('规划 7 不存在');
    expect(render({ code: 'INTERNAL', params: {} }, 'zh')).toBe('服务器内部错误');
  });

  it('renders an unknown code as the code', () => {
    expect(render({ code: 'NO_SUCH_CODE', params: {} }, 'zh')).toBe('NO_SUCH_CODE');
    expect(hasMessage('NO_SUCH_CODE')).toBe(false);
  });

  it('recognises messages', () => {
    expect(isMessage({ code: 'X', params: {} })).toBe(true);
    expect(isMessage('X')).toBe(false);
  });

  it('defines each code in one area only, with both languages', () => {
    const seen = new Map<string, string>();
    for (const [area, catalog] of Object.entries(AREA_CATALOGS)) {
      for (const [code, entry] of Object.entries(catalog)) {
        expect(seen.get(code), `${code} in ${area} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, area);
        expect(typeof entry.zh).toBe('function');
        expect(typeof entry.en).toBe('function');
      }
    }
  });

  it('checks a catalog against its messages at compile time', () => {
    type Demo = Message<'DEMO_A', { n: number }> | Message<'DEMO_B', { name: string }>;
    const catalog: CatalogFor<Demo> = {
      DEMO_A: { zh: (p) => `${p.n}项`, en: (p) => `${p.n} items` },
      DEMO_B: { zh: (p) => p.name, en: (p) => p.name },
    };
    expectTypeOf<MessageOf<typeof catalog>>().toEqualTypeOf<Demo>();
    expect(catalog.DEMO_A.en({ n: 3 })).toBe('3 items');
  });
});

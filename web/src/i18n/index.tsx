import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type MessageKey, zh } from './zh.ts';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'planwatch.locale';
const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Builds the translate function of a locale: `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, vars) => {
    const message = dictionary[key] ?? key;
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  locale: 'zh-CN',
  setLocale: () => {},
  t: translator('zh-CN'),
});

export interface I18nProviderProps {
  children: ReactNode;
}

/** Holds the chosen language (zh-CN by default, remembered in localStorage). */
export function I18nProvider({ children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  // A remembered English choice applies from the first render: the page language and its title.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = value.t('app.name');
  }, [locale, value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** The translate function `t(key, vars?)` of the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

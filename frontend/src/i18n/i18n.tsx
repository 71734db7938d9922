import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '@/lib/api-client';
import { en } from './en';
import { formatDate, formatDateTime, formatNumber, formatPercent, type Language } from './format';
import { vi, type MessageKey } from './vi';

export type { Language, MessageKey };

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { vi, en };
export const LANGUAGE_STORAGE_KEY = 'planmonitor.lang';

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder is left visible so the gap is noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Whether a key built from an API value is in the catalogues. Status and reason codes are open-ended
 * in the contract (`x-extensible-enum`): a newer server may send one this build has no words for, which
 * is then shown as the code itself rather than breaking the page.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}

/** `t` for a key built from an open-ended API value: the value itself when this build has no words for it. */
export function wordsFor(t: (key: MessageKey, params?: Params) => string, key: string, value: string, params?: Params): string {
  return isMessageKey(key) ? t(key, params) : value;
}

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  return interpolate(CATALOGUES[lang][key], params);
}

export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // Storage can be unavailable (private mode, tests); Vietnamese is the default anyway.
  }
  return 'vi';
}

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** Picks the Vietnamese or English variant of a bilingual field pair from the API. */
  pick: (vi: string | null | undefined, en: string | null | undefined) => string;
  number: (value: number | string, fractionDigits?: number) => string;
  percent: (value: number, fractionDigits?: number) => string;
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, language }: { children: ReactNode; language?: Language }) {
  const [lang, setLangState] = useState<Language>(() => language ?? initialLanguage());

  // Set before children render so the first API request already asks for the right language.
  setApiLanguage(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch still works.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      pick: (viText, enText) => (lang === 'en' ? enText || viText || '' : viText || enText || ''),
      number: (v, digits) => formatNumber(v, lang, digits),
      percent: (v, digits) => formatPercent(v, lang, digits),
      date: (v) => formatDate(v, lang),
      dateTime: (v) => formatDateTime(v, lang),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

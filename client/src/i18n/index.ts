import { watch } from 'vue';
import { createI18n } from 'vue-i18n';
import en from './en.json';
import fr from './fr.json';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'trame.locale';

function savedLocale(): Locale {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'fr';
}

export const i18n = createI18n<[typeof fr], Locale, false>({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'fr',
  messages: { fr, en },
});

/** Keeps `<html lang>` and the saved choice in step with the interface language. */
watch(
  i18n.global.locale,
  (locale) => {
    document.documentElement.lang = locale;
    window.localStorage.setItem(STORAGE_KEY, locale);
  },
  { immediate: true },
);

import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['lv', 'en', 'ru'],
  defaultLocale: 'lv',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];

import crisisLines from '@/prisma/data/crisis-lines.json';
import lv from '@/messages/lv.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { formatPhone, telHref } from '@/lib/text/phone';

const MESSAGES = { lv, en, ru } as const;
type Locale = keyof typeof MESSAGES;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page shown while the database is unreachable: plain HTML in the reader's language, with the crisis
 * numbers from the committed dataset (so they show even when nothing else can), and a retry hint.
 */
export function serviceUnavailableHtml(locale: string, nonce: string): string {
  const l = pageLocale(locale);
  const t = MESSAGES[l].ServiceUnavailable;
  const lines = [...crisisLines]
    .filter((line) => line.phoneNumber)
    .sort((a, b) => Number(b.isEmergency) - Number(a.isEmergency) || a.position - b.position)
    .slice(0, 5)
    .map((line) => `<li><a href="${telHref(line.phoneNumber)}">${escapeHtml(line.name)}: ${escapeHtml(formatPhone(line.phoneNumber))}</a></li>`)
    .join('');
  return noticePage(l, nonce, t.title, `<p>${escapeHtml(t.body)}</p><h2>${escapeHtml(t.crisis)}</h2><ul>${lines}</ul><p>${escapeHtml(t.retry)}</p>`);
}

/**
 * The answer to a form post larger than the server accepts (413): the same plain page in the reader's
 * language, with the way back. Nothing was stored.
 */
export function payloadTooLargeHtml(locale: string, nonce: string, backPath: string): string {
  const l = pageLocale(locale);
  const t = MESSAGES[l].PayloadTooLarge;
  const back = backPath.startsWith('/') && !backPath.startsWith('//') ? backPath : `/${l}`;
  return noticePage(l, nonce, t.title, `<p>${escapeHtml(t.body)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`);
}

const pageLocale = (locale: string): Locale => (locale in MESSAGES ? (locale as Locale) : 'lv');

function noticePage(l: Locale, nonce: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}a{color:#85121a;font-weight:600}li{margin:.5rem 0}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

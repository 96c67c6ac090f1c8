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
  const l: Locale = locale in MESSAGES ? (locale as Locale) : 'lv';
  const t = MESSAGES[l].ServiceUnavailable;
  const lines = [...crisisLines]
    .filter((line) => line.phoneNumber)
    .sort((a, b) => Number(b.isEmergency) - Number(a.isEmergency) || a.position - b.position)
    .slice(0, 5)
    .map((line) => `<li><a href="${telHref(line.phoneNumber)}">${escapeHtml(line.name)}: ${escapeHtml(formatPhone(line.phoneNumber))}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}a{color:#85121a;font-weight:600}li{margin:.5rem 0}</style>
</head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>
<h2>${escapeHtml(t.crisis)}</h2><ul>${lines}</ul><p>${escapeHtml(t.retry)}</p></main></body></html>`;
}

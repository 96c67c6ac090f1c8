// Every message key of the default locale exists in every other locale, with the same ICU arguments, and
// no locale has keys the default lacks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../lib/i18n/routing';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU argument names: {name}, {count, plural, …}. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '{') {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(i));
        if (match?.[1]) names.add(match[1]);
      }
      depth++;
    } else if (ch === '}') depth--;
  }
  return [...names].sort();
}

const load = (locale: string) =>
  flatten(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8')) as Messages);

const reference = load(routing.defaultLocale);
const problems: string[] = [];
for (const locale of routing.locales) {
  if (locale === routing.defaultLocale) continue;
  const messages = load(locale);
  for (const [key, value] of reference) {
    const other = messages.get(key);
    if (other === undefined) problems.push(`${locale}: missing ${key}`);
    else if (other.trim() === '') problems.push(`${locale}: empty ${key}`);
    else if (argumentsOf(other).join() !== argumentsOf(value).join()) problems.push(`${locale}: arguments of ${key} differ`);
  }
  for (const key of messages.keys()) if (!reference.has(key)) problems.push(`${locale}: unknown key ${key}`);
}

if (problems.length > 0) {
  console.error(`i18n check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.info(`i18n check: ${reference.size} keys present in ${routing.locales.join(', ')}`);

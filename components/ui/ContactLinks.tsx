import { formatPhone, telHref } from '@/lib/text/phone';

const linkClass = 'inline-flex min-h-11 items-center font-semibold text-brand-800 underline hover:text-brand-900';

/** A tap-to-call link: on a phone one touch dials the number. Emergency numbers use the alert colour. */
export function PhoneLink({ number, tone = 'brand' }: { number: string; tone?: 'brand' | 'alert' }) {
  const colour = tone === 'alert' ? 'text-alert-800 hover:text-alert-700' : 'text-brand-800 hover:text-brand-900';
  return (
    <a href={telHref(number)} className={`inline-flex min-h-11 items-center font-semibold whitespace-nowrap underline ${colour}`}>
      {formatPhone(number)}
    </a>
  );
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} className={`${linkClass} wrap-anywhere`}>
      {email}
    </a>
  );
}

/** "https://www.example.lv/path/" → "www.example.lv/path". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A long address shortened for the screen: "www.example.lv/a/very/long/path" → "www.example.lv/…". */
export function shortUrl(url: string, max = 40): string {
  const full = displayUrl(url);
  if (full.length <= max) return full;
  const host = full.split('/')[0] ?? full;
  return `${host}/…`;
}

/** A link to another website: a short address on screen, the whole address on paper. */
export function WebsiteLink({ url }: { url: string }) {
  const short = shortUrl(url);
  const full = displayUrl(url);
  return (
    <a href={url} className={`${linkClass} wrap-anywhere`} rel="noopener">
      {short === full ? (
        full
      ) : (
        <>
          <span className="print:hidden">{short}</span>
          <span className="hidden print:inline">{full}</span>
        </>
      )}
    </a>
  );
}

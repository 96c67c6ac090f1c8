import { routing } from '@/lib/i18n/routing';

/**
 * What a request says about its sender: the client address (only as far as a trusted proxy vouches for it)
 * and whether a state-changing request came from another site.
 */

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The client address from X-Forwarded-For, counting `trustedProxyHops` entries from the right: each trusted
 * proxy appends the address it saw, so the rightmost one is the only value a client cannot choose. Without
 * trusted proxies (the default) the header is not evidence of anything (Next.js keeps one a client sends)
 * and the address is unknown.
 */
export function clientAddress(headers: HeaderSource, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1) return null;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address = chain[chain.length - trustedProxyHops] ?? chain[0];
  return address && /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for a state-changing request sent by a page of another site (CSRF). Browsers send Sec-Fetch-Site and
 * Origin with every such request; a request with neither is not from a browser page and carries no ambient
 * cookie risk, so it is let through (as Next.js does for server actions).
 */
export function isCrossSiteRequest(method: string, headers: HeaderSource): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    // "null" (sandboxed frames, file:) and anything unparsable
    return true;
  }
}

/**
 * The path to come back to after signing in: only a path inside the admin section of this site, so the
 * sign-in form cannot be used to send someone elsewhere.
 */
export function safeAdminReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 512 || !value.startsWith('/')) return null;
  const locale = value.split('/')[1] ?? '';
  if (!(routing.locales as readonly string[]).includes(locale)) return null;
  const rest = value.slice(locale.length + 1);
  if (!/^\/admin(?:[/?#]|$)/.test(rest) || /^\/admin\/sign-in(?:[/?#]|$)/.test(rest)) return null;
  // no backslashes, whitespace, protocol-relative "//" or dot segments anywhere
  if (/[\\\s]|\/\/|\/\.\.?(?:[/?#]|$)/.test(value)) return null;
  return value;
}

/**
 * The origin the admin is using (for the invitation link shown to them): the first X-Forwarded-Host /
 * -Proto when a trusted proxy sets them, else the Host header.
 */
export function requestOrigin(headers: HeaderSource, trustedProxyHops: number): string {
  const forwarded = (name: string) => (trustedProxyHops > 0 ? headers.get(name)?.split(',')[0]?.trim() : undefined);
  const host = forwarded('x-forwarded-host') || headers.get('host') || 'localhost';
  const protocol = forwarded('x-forwarded-proto') === 'https' ? 'https' : forwarded('x-forwarded-proto') === 'http' ? 'http' : null;
  return `${protocol ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https')}://${host}`;
}

/**
 * The Content-Security-Policy of pages: scripts only with this response's nonce (Next.js adds it to its
 * own scripts) and what those load; no plugins, no framing, forms only to this site.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? ` 'unsafe-eval'` : ''}`,
    // Tailwind's compiled CSS is a file; React writes a few style attributes.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    // Only behind HTTPS: on a plain-http local start it would break every asset.
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers for every response (set in next.config.ts). HSTS only when the public site is on HTTPS. */
export function securityHeaders(https: boolean): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/** Whether the site is served over HTTPS, from PUBLIC_BASE_URL. */
export const servedOverHttps = () => (process.env.PUBLIC_BASE_URL ?? '').startsWith('https://');

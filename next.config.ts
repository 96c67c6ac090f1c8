import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders, servedOverHttps } from './lib/security/headers';

// Messages are compiled at build time, so neither the server nor the browser parses ICU messages: the browser's
// JavaScript drops the parser (about 9 kB gzip on every page). Code outside the bundle (tests, scripts) reads
// the JSON as written.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { format: 'json', path: './messages', locales: 'infer', sourceLocale: 'lv', precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/WASM server dependencies stay outside the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'meilisearch'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(servedOverHttps()) }];
  },
};

export default withNextIntl(nextConfig);

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders, servedOverHttps } from './lib/security/headers';

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

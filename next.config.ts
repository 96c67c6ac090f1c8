import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/WASM server dependencies stay outside the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'meilisearch'],
};

export default withNextIntl(nextConfig);

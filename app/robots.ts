import type { MetadataRoute } from 'next';
import { serverEnv } from '@/lib/env';

// PUBLIC_BASE_URL is read when asked, not at build time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const base = serverEnv().PUBLIC_BASE_URL.replace(/\/+$/, '');
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/*/admin', '/api/'] },
    sitemap: `${base}/sitemap.xml`,
  };
}

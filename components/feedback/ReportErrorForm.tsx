import { getLocale } from 'next-intl/server';
import type { FeedbackEntityType } from '@/lib/validation/feedback-fields';
import { ReportErrorPanel } from './ReportErrorPanel';

export const REPORT_ERROR_ANCHOR = 'report-error';

/**
 * "Report an error" at the foot of an entry page: folded away until opened, never printed.
 * `path` is the entry page's path without the locale, e.g. `/services/some-slug`.
 */
export async function ReportErrorForm({ entityType, entitySlug, path }: { entityType: FeedbackEntityType; entitySlug: string; path: string }) {
  const locale = await getLocale();
  return (
    <ReportErrorPanel
      anchor={REPORT_ERROR_ANCHOR}
      entityType={entityType}
      entitySlug={entitySlug}
      permalink={`/${locale}${path}#${REPORT_ERROR_ANCHOR}`}
    />
  );
}

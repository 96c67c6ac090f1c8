'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from './use-hydrated';

/** The list's address in a field to select, plus a copy button once JavaScript runs. */
export function CopyShareLink({ url }: { url: string }) {
  const t = useTranslations('Referral');
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <div>
      <label htmlFor="referral-share-url" className="block font-semibold">
        {t('shareLabel')}
      </label>
      <p id="referral-share-hint" className="text-sm text-slate-700">
        {t('shareHint')}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="referral-share-url"
          type="url"
          readOnly
          value={url}
          aria-describedby="referral-share-hint"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-500 bg-slate-50 px-3 py-2 text-sm"
        />
        {hydrated ? (
          <button type="button" onClick={copy} className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t('copy')}
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-1 text-sm font-semibold text-brand-800">
        {outcome === 'copied' ? t('copied') : outcome === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  );
}

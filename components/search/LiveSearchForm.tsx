'use client';

import { useRouter } from 'next/navigation';
import { useRef, useTransition, type FormEvent, type ReactNode } from 'react';

const TYPING_DELAY_MS = 300;

function paramsOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(key, value);
  }
  return params.toString();
}

/**
 * The search form, enhanced: without JavaScript it is a plain GET form; with it, results follow typing
 * and every checkbox at once, and the URL keeps the state (replace, so Back leaves the search page).
 */
export function LiveSearchForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = (form: HTMLFormElement, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = paramsOf(form);
      startTransition(() => router.replace(query ? `${action}?${query}` : action, { scroll: false }));
    }, delay);
  };

  return (
    <form
      role="search"
      aria-label={label}
      method="get"
      action={action}
      aria-busy={pending}
      onChange={(event) => {
        const target = event.target;
        const typing = target instanceof HTMLInputElement && (target.type === 'search' || target.type === 'number');
        update(event.currentTarget, typing ? TYPING_DELAY_MS : 0);
      }}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        update(event.currentTarget, 0);
      }}
    >
      {children}
    </form>
  );
}

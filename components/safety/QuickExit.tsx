'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type MouseEvent } from 'react';

/** A neutral page to land on. */
export const QUICK_EXIT_URL = 'https://www.google.com/';
/** Two presses of Esc within this time leave the site. */
const DOUBLE_ESCAPE_MS = 1500;

/**
 * Leaves at once: hides the page first (so nothing lingers on screen while the next site loads), then
 * replaces this page in the tab's history, so Back does not return to it.
 */
function leave() {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  window.location.replace(QUICK_EXIT_URL);
}

/**
 * "Quick exit" on every page, for someone who must hide what they are reading. Without JavaScript it is a
 * plain link (no referrer, so the next site does not learn where the visitor came from). Esc pressed twice
 * also leaves; after the first press a polite announcement says so.
 */
export function QuickExit() {
  const t = useTranslations('QuickExit');
  const lastEscape = useRef(0);
  const [armed, setArmed] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = Date.now();
      if (now - lastEscape.current <= DOUBLE_ESCAPE_MS) {
        leave();
        return;
      }
      lastEscape.current = now;
      setArmed(true);
      clearTimeout(timer);
      timer = setTimeout(() => setArmed(false), DOUBLE_ESCAPE_MS);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer);
    };
  }, []);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click (new tab) would leave this page on screen: always leave in this tab.
    event.preventDefault();
    leave();
  };

  return (
    // Its own row at the top of the page (covers nothing there); when scrolled, only the button stays in the corner.
    <div className="pointer-events-none sticky top-0 z-40 mx-auto flex w-full max-w-5xl justify-end px-4 pt-2 print:hidden">
      <div className="pointer-events-auto">
        <a
          href={QUICK_EXIT_URL}
          rel="noreferrer"
          onClick={onClick}
          aria-describedby="quick-exit-description"
          className="inline-flex min-h-11 items-center gap-1 rounded-md bg-alert-700 px-3 py-2 text-sm font-bold text-white no-underline shadow-md ring-2 ring-white hover:bg-alert-800 focus-visible:outline-offset-2"
        >
          <span aria-hidden="true">✕</span>
          {t('label')}
        </a>
        <span id="quick-exit-description" className="sr-only">
          {t('description')}
        </span>
        <span role="status" aria-live="polite" className="sr-only">
          {armed ? t('pressAgain') : ''}
        </span>
      </div>
    </div>
  );
}

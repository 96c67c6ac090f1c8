import type { APIResponse, Page } from '@playwright/test';

export type FormEntries = [name: string, value: string][];

/**
 * Every field of a form as the browser would submit it, in order (repeated names kept), including Next.js's
 * hidden action fields, read from the server-rendered page.
 */
export async function formEntries(page: Page, selector: string): Promise<FormEntries> {
  return page.locator(selector).first().evaluate((form) => {
    const entries: [string, string][] = [];
    for (const element of Array.from((form as HTMLFormElement).elements) as (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[]) {
      if (!element.name || element.disabled) continue;
      if ((element.type === 'checkbox' || element.type === 'radio') && !(element as HTMLInputElement).checked) continue;
      if (element instanceof HTMLSelectElement && element.multiple) {
        for (const option of Array.from(element.selectedOptions)) entries.push([element.name, option.value]);
      } else if (element.type !== 'submit' && element.type !== 'button') {
        entries.push([element.name, element.value]);
      }
    }
    return entries;
  });
}

/** Posts form entries as a browser without JavaScript would (multipart, same origin), not following redirects. */
export async function postForm(page: Page, url: string, entries: FormEntries, headers: Record<string, string> = {}): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, value);
  return page.request.post(url, { multipart: body, headers: { origin: new URL(url, page.url()).origin, ...headers }, maxRedirects: 0, timeout: 60_000 });
}

/** A stack trace or a framework error page in a response body: never shown to anyone. */
export const STACK_TRACE = /\n\s+at [\w.<>$ ]+\(?[^\s)]*:\d+:\d+\)?|Internal Server Error|Application error: a server-side exception/;

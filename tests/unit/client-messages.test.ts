import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import lv from '@/messages/lv.json';
import { ADMIN_CLIENT_MESSAGES, pickMessages, PUBLIC_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every client component and the namespaces it asks for with useTranslations('…'). */
const clientUses = ['app', 'components', 'lib']
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => /^['"]use client['"]/m.test(readFileSync(file, 'utf8')))
  .map((file) => {
    const source = readFileSync(file, 'utf8');
    return {
      file: path.relative(root, file),
      namespaces: [...source.matchAll(/useTranslations\(\s*(?:'([^']*)'|"([^"]*)")?\s*\)/g)].map((m) => m[1] ?? m[2] ?? ''),
    };
  })
  .filter((use) => use.namespaces.length > 0);

const covered = (namespace: string, paths: readonly string[]) => paths.some((p) => namespace === p || namespace.startsWith(`${p}.`));

describe('messages sent to the browser', () => {
  it('finds the client components that translate', () => {
    expect(clientUses.map((u) => u.file)).toEqual(expect.arrayContaining(['components/safety/QuickExit.tsx', 'components/admin/auth/SignInForm.tsx']));
  });

  it('cover every namespace a client component uses (admin ones inside the admin area)', () => {
    for (const { file, namespaces } of clientUses) {
      const admin = file.includes('/admin/');
      for (const namespace of namespaces) {
        expect(namespace, `${file}: useTranslations() without a namespace would need every message`).not.toBe('');
        const paths = admin ? [...PUBLIC_CLIENT_MESSAGES, ...ADMIN_CLIENT_MESSAGES] : PUBLIC_CLIENT_MESSAGES;
        expect(covered(namespace, paths), `${file}: '${namespace}'`).toBe(true);
      }
    }
  });

  it('pick exactly the named parts, nested as they are', () => {
    const picked = pickMessages(lv, ['QuickExit', 'AdminAuth.signIn', 'No.such.path']);
    expect(Object.keys(picked).sort()).toEqual(['AdminAuth', 'QuickExit']);
    expect(picked.QuickExit).toEqual(lv.QuickExit);
    expect(picked.AdminAuth).toEqual({ signIn: lv.AdminAuth.signIn });
    for (const p of [...PUBLIC_CLIENT_MESSAGES, ...ADMIN_CLIENT_MESSAGES]) {
      expect(p.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], lv), p).toBeDefined();
    }
    expect(JSON.stringify(pickMessages(lv, PUBLIC_CLIENT_MESSAGES)).length).toBeLessThan(JSON.stringify(lv).length / 4);
  });
});

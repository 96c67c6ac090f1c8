import { getFormatter, getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/types';
import type { UserListEntry } from '@/lib/auth/users';

interface UsersTableProps {
  users: UserListEntry[];
  currentUser: CurrentUser;
  changeRole: (formData: FormData) => Promise<void>;
  setUserStatus: (formData: FormData) => Promise<void>;
}

const buttonClass = 'min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-100';

/** Users with role, status and last sign-in; each row (but one's own) with its role and status forms. */
export async function UsersTable({ users, currentUser, changeRole, setUserStatus }: UsersTableProps) {
  const [t, tShell, format] = await Promise.all([getTranslations('AdminUsers'), getTranslations('AdminShell'), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t('table.name')}</th>
            <th scope="col" className="p-2">{t('table.email')}</th>
            <th scope="col" className="p-2">{t('table.role')}</th>
            <th scope="col" className="p-2">{t('table.status')}</th>
            <th scope="col" className="p-2">{t('table.lastSignIn')}</th>
            <th scope="col" className="p-2">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUser.id;
            const roleSelectId = `role-${user.id}`;
            return (
              <tr key={user.id} className="border-b border-slate-200 align-top" data-user-email={user.email}>
                <th scope="row" className="p-2 font-semibold">
                  {user.name}
                  {self ? <span className="font-normal text-slate-600"> ({t('you')})</span> : null}
                </th>
                <td className="p-2 break-all">{user.email}</td>
                <td className="p-2">{tShell(`roles.${user.role}`)}</td>
                <td className="p-2">
                  <span className={user.status === 'active' ? 'text-brand-800' : 'font-semibold text-red-800'}>{t(`status.${user.status}`)}</span>
                </td>
                <td className="p-2">{user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('never')}</td>
                <td className="p-2">
                  {self ? null : (
                    <div className="flex flex-wrap gap-2">
                      <form action={changeRole} className="flex flex-wrap items-center gap-1" data-form="change-role">
                        <input type="hidden" name="userId" value={user.id} />
                        <label htmlFor={roleSelectId} className="sr-only">
                          {t('roleOf', { name: user.name })}
                        </label>
                        <select id={roleSelectId} name="role" defaultValue={user.role} className="min-h-11 rounded border border-slate-500 px-2">
                          <option value="editor">{tShell('roles.editor')}</option>
                          <option value="admin">{tShell('roles.admin')}</option>
                        </select>
                        <button type="submit" className={buttonClass}>
                          {t('changeRole')}
                          <span className="sr-only"> — {t('forUser', { name: user.name })}</span>
                        </button>
                      </form>
                      <form action={setUserStatus} data-form="user-status">
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="disabled" value={user.status === 'disabled' ? 'false' : 'true'} />
                        <button type="submit" className={buttonClass}>
                          {t(user.status === 'disabled' ? 'enable' : 'disable')}
                          <span className="sr-only"> — {t('forUser', { name: user.name })}</span>
                        </button>
                      </form>
                      {user.status === 'locked' ? (
                        <form action={setUserStatus} data-form="user-unlock">
                          <input type="hidden" name="userId" value={user.id} />
                          <input type="hidden" name="disabled" value="false" />
                          <button type="submit" className={buttonClass}>
                            {t('unlock')}
                            <span className="sr-only"> — {t('forUser', { name: user.name })}</span>
                          </button>
                        </form>
                      ) : null}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

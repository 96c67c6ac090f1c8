/** The signed-in person as pages and actions see them; never a hash, never a token. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'editor';
}

export type Role = CurrentUser['role'];

/** admin satisfies editor. */
export function hasRole(user: Pick<CurrentUser, 'role'>, role: Role): boolean {
  return role === 'editor' ? user.role === 'editor' || user.role === 'admin' : user.role === 'admin';
}

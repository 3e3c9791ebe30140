export type Role = 'admin' | 'planner' | 'reporter' | 'viewer';

/**
 * Who is acting: a signed-in user, an API token acting for its user, or the operator of the
 * machine running a CLI command (a named local admin). Every write records `name`.
 */
export interface Actor {
  kind: 'user' | 'token' | 'cli';
  userId: number | null;
  /** The account name, or `cli:<operator>` for a command run on the machine. */
  name: string;
  displayName: string | null;
  role: Role;
  /** The departments a reporter (or a scoped viewer) belongs to. */
  departmentIds: number[];
  /** Set for API tokens: what the token itself is limited to, within its user's rights. */
  token?: { id: number; planId: number | null; departmentIds: number[] | null; write: boolean };
  /** Set for browser sessions: the id (hash) of the session, and its CSRF token. */
  session?: { id: string; csrfToken: string };
}

/**
 * Who may do what, declared in one place (the shape of Outline's `policies/`): every route names
 * an action, and `can(actor, action, resource)` answers. Admins may do everything; the plan office
 * (planner) everything but accounts; a reporter only writes for items and submissions of its own
 * departments (and its writes always await review); a viewer only reads.
 */
import type { Actor, Role } from './actor.types.ts';

export const ROLES = ['admin', 'planner', 'reporter', 'viewer'] as const satisfies readonly Role[];

/**
 * What the resource of a department-scoped action is checked against:
 * - `item`: the departments assigned to the plan item in the URL (`:type/:itemId`, `:projectId`);
 * - `department`: the department the request names (body `departmentId`, else the actor's own);
 * - `submission`: the department of the submission in the URL.
 * Actions without a scope are plan-wide: a reporter's writes there are restricted by the service
 * (observations it imports must belong to its departments and wait for review).
 */
export type Scope = 'item' | 'department' | 'submission';

interface Rule {
  /** Roles besides admin that may perform the action. */
  roles: readonly Role[];
  /** Whether the action changes data (a read-only API token may not perform it). */
  mutates: boolean;
  /** Reporters are held to their departments through this. */
  scope?: Scope;
  /** Reporters may perform only these verbs of a multi-verb action (submission submit, not confirm). */
  reporterVerbs?: readonly string[];
}

const ALL: readonly Role[] = ['planner', 'reporter', 'viewer'];
const OFFICE: readonly Role[] = ['planner'];
const OFFICE_AND_REPORTER: readonly Role[] = ['planner', 'reporter'];

const read = (): Rule => ({ roles: ALL, mutates: false });
const office = (): Rule => ({ roles: OFFICE, mutates: true });
const reported = (scope?: Scope): Rule => ({ roles: OFFICE_AND_REPORTER, mutates: true, scope });

/** Every action a route may declare. A route naming an action not listed here is refused. */
export const POLICIES = {
  'plan.read': read(),
  'plan.import': office(),
  'plan.publish': office(),
  'plan.edit': office(),
  'assessment.read': read(),
  'indicator.judge': office(),
  'indicator.assign-value': office(),
  'thresholds.set': office(),
  'observations.read': read(),
  'observations.import': reported(),
  'regions.read': read(),
  'departments.read': read(),
  'departments.manage': office(),
  'assignments.read': read(),
  'assignments.manage': office(),
  'progress.read': read(),
  'progress.record': reported('item'),
  'milestones.set': reported('item'),
  'attachments.read': read(),
  'attachments.add': reported('item'),
  'schedules.set': office(),
  'due.read': read(),
  'submissions.read': read(),
  'submissions.create': reported('department'),
  'submissions.transition': { ...reported('submission'), reporterVerbs: ['submit'] },
  'template.read': read(),
  'template.upload': reported(),
  'task-division.import': office(),
  'reports.read': read(),
  'users.read': { roles: [], mutates: false },
  'users.manage': { roles: [], mutates: true },
  'audit.read': { roles: [], mutates: false },
  'tokens.manage': { roles: [], mutates: true },
  /** Signing out, changing one's own password: any signed-in account. */
  'session.self': { roles: ALL, mutates: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICIES;

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(POLICIES, value);
}

export function ruleOf(action: Action): Rule {
  return POLICIES[action];
}

/** What a request acts on, as far as the policy needs to know. */
export interface Resource {
  planId?: number | null;
  /** The departments the target belongs to (an item's lead and supporting departments …). */
  departmentIds?: readonly number[];
  /** The verb of a multi-verb action (submit | confirm | return). */
  verb?: string;
}

export type Decision = { allowed: true } | { allowed: false; reason: DenyReason };
export type DenyReason = 'role' | 'department' | 'read_only_token' | 'token_plan' | 'disabled';

/**
 * Whether `actor` may perform `action` on `resource`, and why not.
 *
 * @example can(reporterOf([3]), 'progress.record', { departmentIds: [3] }) // { allowed: true }
 * @example can(reporterOf([3]), 'progress.record', { departmentIds: [4] }) // { allowed: false, reason: 'department' }
 */
export function can(actor: Actor, action: Action, resource: Resource = {}): Decision {
  const rule: Rule = POLICIES[action];
  if (actor.token) {
    if (rule.mutates && !actor.token.write) return deny('read_only_token');
    if (actor.token.planId != null && resource.planId != null && resource.planId !== actor.token.planId)
      return deny('token_plan');
  }
  if (actor.role === 'admin') return ALLOWED;
  if (!rule.roles.includes(actor.role)) return deny('role');
  if (actor.role === 'reporter') {
    if (rule.reporterVerbs && !rule.reporterVerbs.includes(resource.verb ?? '')) return deny('role');
    if (rule.scope && !sharesDepartment(actor, resource.departmentIds ?? [])) return deny('department');
  }
  if (actor.token?.departmentIds && rule.scope) {
    const allowed = new Set(actor.token.departmentIds);
    if (!(resource.departmentIds ?? []).some((d) => allowed.has(d))) return deny('department');
  }
  return ALLOWED;
}

function sharesDepartment(actor: Actor, departments: readonly number[]): boolean {
  const own = new Set(actor.departmentIds);
  return departments.some((d) => own.has(d));
}

const ALLOWED: Decision = { allowed: true };
function deny(reason: DenyReason): Decision {
  return { allowed: false, reason };
}

/** Whether a reporter's writes must wait for the plan office's review (always, for reporters). */
export function writesAwaitReview(actor: Actor): boolean {
  return actor.role === 'reporter';
}

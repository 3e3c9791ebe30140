import { type AlertSeverity, SEVERITY_ORDER } from './alert.types.ts';

/** What a subscription asks for: which alerts, when, and whether one by one or as a daily digest. */
export interface SubscriptionPolicy {
  /** null = every department. */
  department: string | null;
  minSeverity: AlertSeverity;
  digest: boolean;
  /** 'HH:MM' in China time; both null = no quiet hours. A window may cross midnight (22:00–07:00). */
  quietStart: string | null;
  quietEnd: string | null;
}

export function matchesSubscription(
  policy: Pick<SubscriptionPolicy, 'department' | 'minSeverity'>,
  alert: { severity: AlertSeverity; department: string | null },
): boolean {
  if (SEVERITY_ORDER[alert.severity] < SEVERITY_ORDER[policy.minSeverity]) return false;
  return policy.department === null || policy.department === alert.department;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * The first instant at or after `now` outside the quiet hours (China time), as UTC ISO text.
 *
 * @example notBefore('2026-07-01T15:00:00.000Z', { quietStart: '22:00', quietEnd: '07:00' }) // 23:00 in China → '2026-07-01T23:00:00.000Z' (07:00 next day)
 */
export function notBefore(now: string, policy: Pick<SubscriptionPolicy, 'quietStart' | 'quietEnd'>): string {
  if (!policy.quietStart || !policy.quietEnd) return now;
  const start = minutesOf(policy.quietStart);
  const end = minutesOf(policy.quietEnd);
  if (start === end) return now;
  const local = Date.parse(now) + CHINA_OFFSET_MS;
  const dayStart = Math.floor(local / 86_400_000) * 86_400_000;
  const minute = Math.floor((local - dayStart) / 60_000);
  const inQuiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inQuiet) return now;
  // The end of the window: today's end, or tomorrow's when the window crosses midnight.
  const endDay = start > end && minute >= start ? dayStart + 86_400_000 : dayStart;
  return new Date(endDay + end * 60_000 - CHINA_OFFSET_MS).toISOString();
}

export interface DigestEntry {
  alertId: number;
  severity: AlertSeverity;
  department: string | null;
  rule: string;
  itemName: string;
}

export interface DigestGroup {
  severity: AlertSeverity;
  department: string | null;
  entries: DigestEntry[];
}

/**
 * One digest's body: entries grouped by severity (high first), then department (by name, the
 * unassigned last), each alert once.
 */
export function groupDigest(entries: DigestEntry[]): DigestGroup[] {
  const seen = new Set<number>();
  const groups = new Map<string, DigestGroup>();
  for (const e of entries) {
    if (seen.has(e.alertId)) continue;
    seen.add(e.alertId);
    const key = `${e.severity}\u0000${e.department ?? ''}`;
    const group = groups.get(key) ?? { severity: e.severity, department: e.department, entries: [] };
    group.entries.push(e);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
      (a.department === null ? 1 : 0) - (b.department === null ? 1 : 0) ||
      (a.department ?? '').localeCompare(b.department ?? '', 'zh'),
  );
}

/** Retry delay after `attempts` failed attempts: 30 s doubling, at most 6 h. */
export function retryDelayMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

import type {
  AlertCondition,
  AlertFacts,
  AlertRule,
  AlertSettings,
  AlertSeverity,
  AssessedFact,
} from './alert.types.ts';

/** The severity each rule raises unless a plan overrides it. Binding targets are the strictest. */
export const RULE_SEVERITY: Record<AlertRule, AlertSeverity> = {
  binding_not_on_track: 'high',
  off_track: 'medium',
  at_risk: 'low',
  projected_miss: 'medium',
  data_overdue: 'medium',
  milestone_missed: 'medium',
  value_revised: 'low',
  review_waiting: 'low',
};

const BEHIND = new Set(['at_risk', 'off_track', 'missed']);

function daysBetween(fromIso: string, toDate: string): number {
  return Math.floor((Date.parse(`${toDate}T23:59:59.999+08:00`) - Date.parse(fromIso)) / 86_400_000);
}

/** The value as the alert shows it: a project's stage as a stage code, never its ordinal. */
function shown(fact: AssessedFact) {
  if (fact.stage) return { stage: fact.stage.reached, plannedStage: fact.stage.planned };
  return {
    actual: fact.actual
      ? { value: fact.actual.value, unit: fact.actual.unit, period: fact.actual.period }
      : null,
    expected: fact.expected ? { value: fact.expected.value, unit: fact.expected.unit } : null,
  };
}

/**
 * The conditions that hold for a plan now. Each has a stable key (`rule:type:id[:detail]`), so the
 * same fact keeps one alert across evaluations, and the key disappears when the fact clears.
 *
 * A binding (约束性) indicator behind pace raises `binding_not_on_track` (high) instead of the
 * status rules, so one fact is never reported twice.
 *
 * @example evaluateAlertRules({ asOf: '2026-07-01', assessed: [{ type: 'indicator', id: 1, status: 'off_track', attribute: 'binding', … }], … }, settings)
 *   // [{ key: 'binding_not_on_track:indicator:1', severity: 'high', … }]
 */
export function evaluateAlertRules(facts: AlertFacts, settings: AlertSettings): AlertCondition[] {
  const out: AlertCondition[] = [];
  const disabled = new Set(settings.disabled);
  const add = (condition: Omit<AlertCondition, 'severity'>) => {
    if (disabled.has(condition.rule)) return;
    out.push({ ...condition, severity: settings.severity[condition.rule] ?? RULE_SEVERITY[condition.rule] });
  };

  for (const fact of facts.assessed) {
    const item = { type: fact.type, id: fact.id, name: fact.name };
    const base = { item, department: fact.department };
    const params = { name: fact.name, status: fact.status, target: fact.target, ...shown(fact) };
    if (fact.attribute === 'binding' && BEHIND.has(fact.status)) {
      add({
        ...base,
        key: `binding_not_on_track:${fact.type}:${fact.id}`,
        rule: 'binding_not_on_track',
        message: { code: 'ALERT_BINDING_NOT_ON_TRACK', params },
      });
    } else if (fact.status === 'off_track' || fact.status === 'missed') {
      add({
        ...base,
        key: `off_track:${fact.type}:${fact.id}`,
        rule: 'off_track',
        message: { code: 'ALERT_OFF_TRACK', params },
      });
    } else if (fact.status === 'at_risk') {
      add({
        ...base,
        key: `at_risk:${fact.type}:${fact.id}`,
        rule: 'at_risk',
        message: { code: 'ALERT_AT_RISK', params },
      });
    }
    if (fact.projection?.likelyMissed && fact.status !== 'missed') {
      add({
        ...base,
        key: `projected_miss:${fact.type}:${fact.id}`,
        rule: 'projected_miss',
        message: {
          code: 'ALERT_PROJECTED_MISS',
          params: {
            name: fact.name,
            target: fact.target,
            projected: { value: fact.projection.value, unit: fact.projection.unit },
          },
        },
      });
    }
  }

  for (const o of facts.overdue) {
    if (o.periods.length === 0) continue;
    add({
      key: `data_overdue:${o.type}:${o.id}`,
      rule: 'data_overdue',
      item: { type: o.type, id: o.id, name: o.name },
      department: o.department,
      message: {
        code: 'ALERT_DATA_OVERDUE',
        params: { name: o.name, periods: o.periods, escalateAfter: o.escalateAfter },
      },
    });
  }

  for (const m of facts.milestones) {
    if (m.plannedDate >= facts.asOf) continue;
    add({
      key: `milestone_missed:project:${m.projectId}:${m.milestoneId}`,
      rule: 'milestone_missed',
      item: { type: 'project', id: m.projectId, name: m.projectName },
      department: m.department,
      message: {
        code: 'ALERT_MILESTONE_MISSED',
        params: { name: m.projectName, milestone: m.milestone, plannedDate: m.plannedDate },
      },
    });
  }

  for (const r of facts.revisions) {
    const base = Math.abs(r.previous);
    const change =
      base === 0 ? (r.current === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(r.current - r.previous) / base;
    if (!(change > settings.revisionThreshold)) continue;
    add({
      key: `value_revised:indicator:${r.indicatorId}:${r.period}:${r.revision}`,
      rule: 'value_revised',
      item: { type: 'indicator', id: r.indicatorId, name: r.indicatorName },
      department: r.department,
      message: {
        code: 'ALERT_VALUE_REVISED',
        params: {
          name: r.indicatorName,
          period: r.period,
          previous: { value: r.previous, unit: r.unit },
          current: { value: r.current, unit: r.unit },
          change: Number.isFinite(change) ? change : null,
        },
      },
    });
  }

  for (const s of facts.pendingSubmissions) {
    const days = daysBetween(s.submittedAt, facts.asOf);
    if (days <= settings.reviewWaitDays) continue;
    add({
      key: `review_waiting:submission:${s.submissionId}`,
      rule: 'review_waiting',
      item: { type: 'submission', id: s.submissionId, name: s.department ?? String(s.submissionId) },
      department: s.department,
      message: {
        code: 'ALERT_REVIEW_WAITING',
        params: { department: s.department, period: s.period, days, submittedAt: s.submittedAt },
      },
    });
  }
  return out;
}

/**
 * The escalation level an alert open since `openedAt` has reached by `now`: 0 the owning
 * department, 1 its leader, 2 the plan office — one level per `afterDays` days.
 */
export function escalationLevel(openedAt: string, now: string, afterDays: number): 0 | 1 | 2 {
  if (afterDays <= 0) return 0;
  const days = (Date.parse(now) - Date.parse(openedAt)) / 86_400_000;
  return Math.min(2, Math.max(0, Math.floor(days / afterDays))) as 0 | 1 | 2;
}

import { describe, expect, it } from 'vitest';
import { type AlertFacts, type AssessedFact, DEFAULT_ALERT_SETTINGS } from './alert.types.ts';
import { escalationLevel, evaluateAlertRules } from './evaluate-rules.ts';
import { groupDigest, matchesSubscription, notBefore, retryDelayMs } from './notification-policy.ts';

const fact = (over: Partial<AssessedFact>): AssessedFact => ({
  type: 'indicator',
  id: 1,
  name: '地区生产总值增长',
  attribute: 'expected',
  department: '统计局',
  status: 'on_track',
  target: '5%左右',
  expected: { value: 5, unit: '%' },
  actual: { value: 5.1, unit: '%', period: '2026Q2', kind: 'ytd_growth' },
  projection: null,
  ...over,
});

const facts = (over: Partial<AlertFacts>): AlertFacts => ({
  asOf: '2026-07-20',
  assessed: [],
  overdue: [],
  milestones: [],
  revisions: [],
  pendingSubmissions: [],
  ...over,
});

const rulesOf = (f: Partial<AlertFacts>, settings = DEFAULT_ALERT_SETTINGS) =>
  evaluateAlertRules(facts(f), settings).map((c) => [c.key, c.severity]);

describe('alert rules', () => {
  it.each([
    ['on_track', 'expected', []],
    ['at_risk', 'expected', [['at_risk:indicator:1', 'low']]],
    ['off_track', 'expected', [['off_track:indicator:1', 'medium']]],
    ['missed', 'expected', [['off_track:indicator:1', 'medium']]],
    ['at_risk', 'binding', [['binding_not_on_track:indicator:1', 'high']]],
    ['off_track', 'binding', [['binding_not_on_track:indicator:1', 'high']]],
    ['no_data', 'binding', []],
  ] as const)('status %s of a %s indicator', (status, attribute, expected) => {
    expect(rulesOf({ assessed: [fact({ status, attribute })] })).toEqual(expected);
  });

  it('a likely miss of the annual target', () => {
    const projection = { value: 4.1, unit: '%', sentence: '完成难度较大', likelyMissed: true };
    expect(rulesOf({ assessed: [fact({ projection })] })).toEqual([['projected_miss:indicator:1', 'medium']]);
  });

  it('keeps a project stage as codes, never the ordinal', () => {
    const [c] = evaluateAlertRules(
      facts({
        assessed: [
          fact({
            type: 'project',
            id: 9,
            status: 'at_risk',
            actual: null,
            stage: { reached: 'started', planned: 'complete' },
          }),
        ],
      }),
      DEFAULT_ALERT_SETTINGS,
    );
    expect(c.message.params).toMatchObject({ stage: 'started', plannedStage: 'complete' });
    expect(c.message.params).not.toHaveProperty('actual');
  });

  it('overdue data, passed milestones, large revisions, waiting submissions', () => {
    const out = rulesOf({
      overdue: [
        {
          type: 'indicator',
          id: 2,
          name: '失业率',
          department: '人社局',
          periods: ['2026-05'],
          escalateAfter: '2026-06-25',
        },
      ],
      milestones: [
        {
          projectId: 3,
          projectName: '19号线',
          department: null,
          milestoneId: 7,
          milestone: '主体结构完成',
          plannedDate: '2026-06-30',
        },
        {
          projectId: 3,
          projectName: '19号线',
          department: null,
          milestoneId: 8,
          milestone: '通车',
          plannedDate: '2026-12-31',
        },
      ],
      revisions: [
        {
          indicatorId: 4,
          indicatorName: 'GDP',
          department: null,
          period: '2026Q1',
          revision: 2,
          previous: 100,
          current: 120,
          unit: '亿元',
        },
        {
          indicatorId: 4,
          indicatorName: 'GDP',
          department: null,
          period: '2026Q2',
          revision: 2,
          previous: 100,
          current: 105,
          unit: '亿元',
        },
      ],
      pendingSubmissions: [
        { submissionId: 5, department: '绿化市容局', period: '2026Q2', submittedAt: '2026-07-01T02:00:00Z' },
        { submissionId: 6, department: '绿化市容局', period: '2026Q2', submittedAt: '2026-07-18T02:00:00Z' },
      ],
    });
    expect(out).toEqual([
      ['data_overdue:indicator:2', 'medium'],
      ['milestone_missed:project:3:7', 'medium'],
      ['value_revised:indicator:4:2026Q1:2', 'low'],
      ['review_waiting:submission:5', 'low'],
    ]);
  });

  it('honours disabled rules and severity overrides', () => {
    const settings = {
      ...DEFAULT_ALERT_SETTINGS,
      disabled: ['at_risk' as const],
      severity: { off_track: 'high' as const },
    };
    expect(
      rulesOf({ assessed: [fact({ status: 'at_risk' }), fact({ id: 2, status: 'off_track' })] }, settings),
    ).toEqual([['off_track:indicator:2', 'high']]);
  });

  it('escalates one level per period, up to the plan office', () => {
    expect(escalationLevel('2026-07-01T00:00:00Z', '2026-07-07T23:00:00Z', 7)).toBe(0);
    expect(escalationLevel('2026-07-01T00:00:00Z', '2026-07-08T00:00:00Z', 7)).toBe(1);
    expect(escalationLevel('2026-07-01T00:00:00Z', '2026-09-01T00:00:00Z', 7)).toBe(2);
    expect(escalationLevel('2026-07-01T00:00:00Z', '2026-09-01T00:00:00Z', 0)).toBe(0);
  });
});

describe('notification policy', () => {
  it('matches by severity and department', () => {
    const p = { department: '统计局', minSeverity: 'medium' as const };
    expect(matchesSubscription(p, { severity: 'high', department: '统计局' })).toBe(true);
    expect(matchesSubscription(p, { severity: 'low', department: '统计局' })).toBe(false);
    expect(matchesSubscription(p, { severity: 'high', department: '人社局' })).toBe(false);
    expect(
      matchesSubscription({ department: null, minSeverity: 'low' }, { severity: 'low', department: null }),
    ).toBe(true);
  });

  it.each([
    ['2026-07-01T15:00:00.000Z', '22:00', '07:00', '2026-07-01T23:00:00.000Z'], // 23:00 China → 07:00
    ['2026-07-01T20:00:00.000Z', '22:00', '07:00', '2026-07-01T23:00:00.000Z'], // 04:00 China → 07:00
    ['2026-07-01T02:00:00.000Z', '22:00', '07:00', '2026-07-01T02:00:00.000Z'], // 10:00 China: not quiet
    ['2026-07-01T05:00:00.000Z', '12:00', '14:00', '2026-07-01T06:00:00.000Z'], // 13:00 → 14:00
  ])('quiet hours: %s in %s–%s waits until %s', (now, start, end, expected) => {
    expect(notBefore(now, { quietStart: start, quietEnd: end })).toBe(expected);
  });

  it('groups a digest by severity then department, each alert once', () => {
    const e = (alertId: number, severity: 'high' | 'low', department: string | null) => ({
      alertId,
      severity,
      department,
      rule: 'off_track',
      itemName: `项${alertId}`,
    });
    const groups = groupDigest([
      e(1, 'low', '统计局'),
      e(2, 'high', null),
      e(3, 'high', '人社局'),
      e(3, 'high', '人社局'),
      e(4, 'low', '统计局'),
    ]);
    expect(groups.map((g) => [g.severity, g.department, g.entries.map((x) => x.alertId)])).toEqual([
      ['high', '人社局', [3]],
      ['high', null, [2]],
      ['low', '统计局', [1, 4]],
    ]);
  });

  it('backs off exponentially, capped', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(50)).toBe(6 * 3_600_000);
  });
});

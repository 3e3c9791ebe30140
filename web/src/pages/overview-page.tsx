import { Alert, Card, Col, Row, Segmented, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AttentionCard } from '../components/attention-card.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { PlanHeading } from '../components/plan-heading.tsx';
import { COLOR_HEX } from '../components/status-tag.tsx';
import { formatDate, today } from '../format/period.ts';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { assessmentIndex, useAssessment, usePlanDetail } from '../plan/use-plan-data.ts';

const SCOPES = ['all', 'indicator', 'commitment', 'project', 'measure'] as const;
type Scope = (typeof SCOPES)[number];

const TILES: Array<{ color: 'green' | 'yellow' | 'red' | 'grey'; label: MessageKey }> = [
  { color: 'green', label: 'overview.tiles.green' },
  { color: 'yellow', label: 'overview.tiles.yellow' },
  { color: 'red', label: 'overview.tiles.red' },
  { color: 'grey', label: 'overview.tiles.grey' },
];

/** 总览: the plan, status tiles from today's assessment, what needs attention, and the main targets. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  const planId = usePlanId();
  const asOf = today();
  const detail = usePlanDetail(planId);
  const assessment = useAssessment(planId, asOf);
  const [scope, setScope] = useState<Scope>('all');
  const navigate = useNavigate();

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const plan = detail.data;
  const find = assessmentIndex(assessment.data);
  const overall = assessment.data?.summary;
  const byType = overall?.groups.type?.find((g) => g.key === scope);
  const summary = overall && (scope === 'all' ? overall : (byType ?? null));
  const bindingPending = (assessment.data?.items ?? []).filter(
    (i) => i.attribute === 'binding' && i.color === 'grey',
  ).length;

  return (
    <>
      <PlanHeading
        plan={plan}
        extra={
          <Typography.Text type="secondary">
            {t('overview.asOf', { date: formatDate(assessment.data?.asOf ?? asOf, locale) })}
          </Typography.Text>
        }
      />
      {plan.status === 'draft' && (
        <Alert type="info" showIcon title={t('plan.draftNotice')} style={{ marginBottom: 16 }} />
      )}
      {assessment.error && (
        <Alert
          type="warning"
          showIcon
          title={t('overview.assessmentFailed', { message: assessment.error.message })}
          style={{ marginBottom: 16 }}
        />
      )}
      {overall && (
        // Scrolls sideways rather than overflow a phone screen in English.
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={SCOPES.filter((s) => s === 'all' || overall.groups.type?.some((g) => g.key === s)).map(
              (s) => ({
                value: s,
                label: s === 'all' ? t('overview.scope.all') : t(`type.${s}`),
              }),
            )}
          />
        </div>
      )}
      {summary && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="status-tiles">
          <Col xs={12} sm={8} lg={4}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic title={t('overview.tiles.total')} value={summary.total} />
            </Card>
          </Col>
          {TILES.map((tile) => (
            <Col xs={12} sm={8} lg={4} key={tile.color}>
              <Card
                size="small"
                style={{ borderTop: `3px solid ${COLOR_HEX[tile.color]}`, height: '100%' }}
                hoverable={tile.color === 'yellow' || tile.color === 'red'}
                onClick={
                  tile.color === 'yellow' || tile.color === 'red'
                    ? () => navigate(`/plans/${plan.id}/alerts`)
                    : undefined
                }
              >
                <Statistic
                  title={t(tile.label)}
                  value={summary.byColor[tile.color] ?? 0}
                  styles={{ content: { color: COLOR_HEX[tile.color] } }}
                />
              </Card>
            </Col>
          ))}
          <Col xs={12} sm={8} lg={4}>
            <Card
              size="small"
              style={{ borderTop: `3px solid ${COLOR_HEX.red}`, height: '100%' }}
              hoverable
              onClick={() => navigate(`/plans/${plan.id}/alerts`)}
            >
              <Statistic title={t('overview.tiles.binding')} value={overall?.bindingAtRisk ?? 0} />
              {/* 0 at risk is only good news when the binding targets could be assessed. */}
              {bindingPending > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('overview.bindingPending', { n: bindingPending })}
                </Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
      {assessment.data && (
        <AttentionCard items={assessment.data.items} onOpenAll={() => navigate(`/plans/${plan.id}/alerts`)} />
      )}
      <Card title={t('overview.indicators')} size="small" styles={{ body: { padding: 0 } }}>
        <IndicatorTable
          rows={plan.indicators.map((indicator) => ({
            indicator,
            assessment: find('indicator', indicator.id),
          }))}
        />
      </Card>
    </>
  );
}

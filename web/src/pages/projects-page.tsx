import { Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { AssessmentItemDto, ProjectDto, ProjectStage } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { formatQuantity } from '../format/number.ts';
import { today } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { assessmentIndex, useAssessment, usePlanDetail } from '../plan/use-plan-data.ts';

const STAGE_COLOR: Record<ProjectStage, string> = {
  complete: 'green',
  construct: 'blue',
  start: 'orange',
  reserve: 'default',
};

/** 重大项目: portfolio facts as statistic cards and the projects with their planned stage. */
export function ProjectsPage() {
  const { t, locale } = useI18n();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const assessment = useAssessment(planId, today());
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const { projects, portfolio } = detail.data;
  const find = assessmentIndex(assessment.data);

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('projects.title')}
      </Typography.Title>
      {portfolio.length > 0 && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {portfolio.map((fact) => (
            <Col xs={12} sm={8} lg={4} key={`${fact.label}-${fact.span[0]}`}>
              <Card size="small">
                <Statistic title={fact.label} value={formatQuantity(fact.value, fact.unit, locale)} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {projects.length === 0 ? (
        <Empty description={t('projects.none')} />
      ) : (
        <Table<ProjectDto>
          rowKey="id"
          size="middle"
          dataSource={projects}
          pagination={projects.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('col.name'), dataIndex: 'name' },
            {
              title: t('col.stage'),
              key: 'stage',
              filters: (['complete', 'construct', 'start', 'reserve'] as const).map((s) => ({
                text: t(`stage.${s}`),
                value: s,
              })),
              onFilter: (value, p) => p.stage === value,
              render: (_, p) => <Tag color={STAGE_COLOR[p.stage]}>{t(`stage.${p.stage}`)}</Tag>,
            },
            {
              title: t('col.status'),
              key: 'status',
              render: (_, p) => {
                const a: AssessmentItemDto | undefined = find('project', p.id);
                return a ? <StatusTag status={a.status} color={a.color} /> : t('common.none');
              },
            },
          ]}
        />
      )}
    </>
  );
}

import { Card, Empty, List, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { AssessmentItemDto, CommitmentDto, SectionDto } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { COLOR_TAG, StatusTag } from '../components/status-tag.tsx';
import { formatQuantity } from '../format/number.ts';
import { today } from '../format/period.ts';
import { type Translate, useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { assessmentIndex, useAssessment, usePlanDetail } from '../plan/use-plan-data.ts';

const CHINESE_NUMBERS = '一二三四五六七八九十';

function sectionLabel(section: SectionDto): string {
  const n =
    section.number >= 1 && section.number <= 10 ? CHINESE_NUMBERS[section.number - 1] : section.number;
  return `(${n}) ${section.title}`;
}

function sectionTree(
  section: SectionDto,
  t: Translate,
  find: (type: 'measure', id: number) => AssessmentItemDto | undefined,
): DataNode[] {
  return section.tasks.map((task) => ({
    key: `task-${task.id}`,
    title: (
      <Space>
        <Typography.Text strong>{task.title}</Typography.Text>
        <Typography.Text type="secondary">{t('tasks.measures', { n: task.measures.length })}</Typography.Text>
        {(['red', 'yellow'] as const).map((color) => {
          const n = task.measures.filter((m) => find('measure', m.id)?.color === color).length;
          return n > 0 ? (
            <Tag key={color} color={COLOR_TAG[color]}>
              {t(`color.${color}`)} {n}
            </Tag>
          ) : null;
        })}
      </Space>
    ),
    children: task.measures.map((measure) => {
      const a = find('measure', measure.id);
      return {
        key: `measure-${measure.id}`,
        isLeaf: true,
        title: (
          <span style={{ whiteSpace: 'normal' }}>
            {measure.text} {a && <StatusTag status={a.status} color={a.color} />}
          </span>
        ),
      };
    }),
  }));
}

export interface CommitmentListProps {
  commitments: CommitmentDto[];
  find: (type: 'commitment', id: number) => AssessmentItemDto | undefined;
}

/** Quantified commitments: the phrase, its number with unit and comparator, and status. */
export function CommitmentList({ commitments, find }: CommitmentListProps) {
  const { t, locale } = useI18n();
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('tasks.commitments')}</Typography.Text>}
      dataSource={commitments}
      renderItem={(c) => {
        const a = find('commitment', c.id);
        const comparator = t(`comparator.${c.comparator}`);
        return (
          <List.Item>
            <Space wrap>
              <Typography.Text>{c.text}</Typography.Text>
              <Tag color="orange">
                {formatQuantity(c.value, c.unit, locale)}
                {comparator ? `${locale === 'en' ? ' ' : ''}${comparator}` : ''}
              </Tag>
              {a && <StatusTag status={a.status} color={a.color} />}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** 任务: sections → tasks → measures, with each section's quantified commitments. */
export function TasksPage() {
  const { t } = useI18n();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const assessment = useAssessment(planId, today());
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const { sections, commitments } = detail.data;
  const find = assessmentIndex(assessment.data);
  const numbers = new Set(sections.map((s) => s.number));
  const orphans = commitments.filter((c) => c.section === null || !numbers.has(c.section));

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('tasks.title')}
      </Typography.Title>
      {sections.length === 0 && <Empty description={t('tasks.noSections')} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {sections.map((section) => {
          const own = commitments.filter((c) => c.section === section.number);
          return (
            <Card
              key={section.id}
              size="small"
              title={<span style={{ whiteSpace: 'normal' }}>{sectionLabel(section)}</span>}
            >
              <Tree blockNode selectable={false} treeData={sectionTree(section, t, find)} />
              {own.length > 0 && <CommitmentList commitments={own} find={find} />}
            </Card>
          );
        })}
        {orphans.length > 0 && (
          <Card size="small" title={t('tasks.outsideSections')}>
            <CommitmentList commitments={orphans} find={find} />
          </Card>
        )}
      </Space>
    </>
  );
}

import { Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AssessmentItemDto, IndicatorDto } from '../api/types.ts';
import { formatQuantity } from '../format/number.ts';
import { useI18n } from '../i18n/index.tsx';
import { projectionLabel } from './explanation-labels.ts';
import { StatusTag } from './status-tag.tsx';

export interface IndicatorRow {
  indicator: IndicatorDto;
  assessment: AssessmentItemDto | undefined;
}

export interface IndicatorTableProps {
  rows: IndicatorRow[];
  /** Show the expected/actual/projection columns (the indicators page) or only the targets. */
  detailed?: boolean;
  showCategory?: boolean;
  onOpen?: (row: IndicatorRow) => void;
}

/** The main-targets table: name, attribute (binding marked), category, target and status. */
export function IndicatorTable({ rows, detailed = false, showCategory = true, onOpen }: IndicatorTableProps) {
  const { t, locale } = useI18n();
  const narrow = !Grid.useBreakpoint().sm;
  const columns: ColumnsType<IndicatorRow> = [
    {
      title: t('col.name'),
      key: 'name',
      render: (_, row) => (
        <>
          {onOpen ? (
            <Typography.Link onClick={() => onOpen(row)}>{row.indicator.name}</Typography.Link>
          ) : (
            row.indicator.name
          )}
          {narrow && (
            <div>
              <Typography.Text type="secondary">
                {row.indicator.attribute === 'binding' ? `${t('attribute.binding')} · ` : ''}
                {row.indicator.target.text}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('col.attribute'),
      key: 'attribute',
      width: 96,
      responsive: ['sm'],
      render: (_, row) =>
        row.indicator.attribute === 'binding' ? (
          <Tag color="red">{t('attribute.binding')}</Tag>
        ) : (
          <Tag>{t('attribute.expected')}</Tag>
        ),
    },
    ...(showCategory
      ? [
          {
            title: t('col.category'),
            key: 'category',
            width: 170,
            responsive: ['md' as const],
            render: (_: unknown, row: IndicatorRow) => row.indicator.category ?? t('common.none'),
          },
        ]
      : []),
    {
      title: t('col.target'),
      key: 'target',
      width: 170,
      responsive: ['sm'],
      render: (_, row) => row.indicator.target.text,
    },
    ...(detailed
      ? [
          {
            title: t('col.expected'),
            key: 'expected',
            width: 120,
            responsive: ['lg' as const],
            render: (_: unknown, row: IndicatorRow) => {
              const e = row.assessment?.expected;
              return e ? formatQuantity(e.value, e.unit, locale) : t('common.none');
            },
          },
          {
            title: t('col.actual'),
            key: 'actual',
            width: 120,
            render: (_: unknown, row: IndicatorRow) => {
              const a = row.assessment?.actual;
              return a ? formatQuantity(a.value, a.unit, locale) : t('common.none');
            },
          },
          {
            title: t('col.projection'),
            key: 'projection',
            width: 170,
            responsive: ['lg' as const],
            render: (_: unknown, row: IndicatorRow) =>
              row.assessment?.projection
                ? projectionLabel(row.assessment.projection.sentence, locale, t)
                : t('common.none'),
          },
        ]
      : []),
    {
      title: t('col.status'),
      key: 'status',
      width: 130,
      render: (_, row) =>
        row.assessment ? (
          <StatusTag status={row.assessment.status} color={row.assessment.color} />
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<IndicatorRow>
      rowKey={(row) => row.indicator.id}
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="middle"
      data-testid="indicator-table"
    />
  );
}

import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { PlanSummary } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

export interface PlanHeadingProps {
  plan: PlanSummary;
  /** A line under the title (the as-of date, the page name). */
  extra?: React.ReactNode;
}

/** The plan title as the page's <h1>, with region, year, kind and status. */
export function PlanHeading({ plan, extra }: PlanHeadingProps) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 8 }}>
        {plan.title}
      </Typography.Title>
      <Space wrap size={[16, 4]}>
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 4 }}
          items={[
            { key: 'region', label: t('plan.region'), children: plan.region ?? t('common.none') },
            { key: 'year', label: t('plan.year'), children: plan.year ?? t('common.none') },
            { key: 'kind', label: t('plan.kind'), children: t(`plan.kind.${plan.kind}`) },
            {
              key: 'status',
              label: t('plan.status'),
              children: (
                <Tag color={plan.status === 'published' ? 'green' : 'default'}>
                  {t(`plan.status.${plan.status}`)}
                </Tag>
              ),
            },
          ]}
        />
        {plan.status === 'draft' && (
          <Button size="small" onClick={() => navigate(`/plans/${plan.id}/review`)}>
            {t('plan.review')}
          </Button>
        )}
      </Space>
      {extra && <div style={{ marginTop: 4 }}>{extra}</div>}
    </div>
  );
}

import { Checkbox, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AssessmentItemDto, AssessmentStatus, IndicatorDto, ItemType } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { formatQuantity } from '../format/number.ts';
import { formatDate, formatPeriod, today } from '../format/period.ts';
import { type Translate, useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { assessmentIndex, useAssessment, usePlanDetail } from '../plan/use-plan-data.ts';
import { groupByCategory } from './indicators-page.tsx';

const OTHER_TYPES: ItemType[] = ['commitment', 'project', 'measure'];

function statusBreakdown(items: AssessmentItemDto[], t: Translate): string {
  const counts = new Map<AssessmentStatus, number>();
  for (const i of items) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  return [...counts.entries()]
    .map(([status, n]) => t('report.statusCount', { status: t(`status.${status}`), n }))
    .join(t('report.comma'));
}

interface IndicatorParagraphProps {
  indicator: IndicatorDto;
  item: AssessmentItemDto | undefined;
}

function IndicatorParagraph({ indicator, item }: IndicatorParagraphProps) {
  const { t, locale } = useI18n();
  const actual = item?.actual
    ? t('report.actualIs', {
        actual: formatQuantity(item.actual.value, item.actual.unit, locale),
        period: formatPeriod(item.actual.period, locale),
      })
    : null;
  const sentence = [item?.explanation.summaryZh, item?.projection?.sentence]
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(/[。；，,.;\s]+$/, ''))
    .join('，');
  return (
    <p>
      <strong>{indicator.name}</strong>
      {t('report.colon')}
      {t('report.targetIs', { target: indicator.target.text })}
      {actual ? `${t('report.comma')}${actual}` : ''}。{sentence ? `${sentence}。` : ''}{' '}
      {item && <StatusTag status={item.status} color={item.color} />}
    </p>
  );
}

/** 报告: a read-only execution summary as of a chosen date, per category, in report style. */
export function ReportPage() {
  const { t, locale } = useI18n();
  const planId = usePlanId();
  const [asOf, setAsOf] = useState(today());
  const detail = usePlanDetail(planId);
  const [asKnown, setAsKnown] = useState(false);
  // End of the as-of day in China (UTC+8): what the plan office knew when it wrote the report.
  const knownAt = asKnown ? dayjs(`${asOf}T23:59:59+08:00`).toISOString() : undefined;
  const assessment = useAssessment(planId, asOf, knownAt);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const plan = detail.data;
  const find = assessmentIndex(assessment.data);
  const summary = assessment.data?.summary;
  const date = formatDate(asOf, locale);
  const rows = plan.indicators.map((indicator) => ({ indicator, item: find('indicator', indicator.id) }));

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('report.asOf')}</Typography.Text>
        <DatePicker
          allowClear={false}
          value={dayjs(asOf)}
          onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
          aria-label={t('report.asOf')}
        />
        <Checkbox checked={asKnown} onChange={(e) => setAsKnown(e.target.checked)}>
          {t('report.knownAt')}
        </Checkbox>
        <Typography.Text type="secondary">{t('report.readOnly')}</Typography.Text>
      </Space>
      {assessment.error && <ErrorAlert error={assessment.error} onRetry={assessment.reload} />}
      {assessment.loading && !assessment.data ? (
        <PageLoading />
      ) : (
        <article className="pw-report" data-testid="report">
          <h2>
            {plan.region && plan.year
              ? t('report.heading', { region: plan.region, year: plan.year, date })
              : t('report.headingTitle', { title: plan.title, date })}
          </h2>
          <p className="pw-report-subtitle">{plan.title}</p>
          {summary && (
            <p>
              {t('report.intro', {
                date,
                total: summary.total,
                green: summary.byColor.green,
                yellow: summary.byColor.yellow,
                red: summary.byColor.red,
                grey: summary.byColor.grey,
              })}
            </p>
          )}
          {groupByCategory(rows).map(([category, group], index) => (
            <section key={category ?? ''}>
              <h3>
                {index + 1}. {category ?? t('indicators.uncategorized')}
              </h3>
              {group.map((row) => (
                <IndicatorParagraph key={row.indicator.id} indicator={row.indicator} item={row.item} />
              ))}
            </section>
          ))}
          {assessment.data && (
            <section>
              <h3>
                {groupByCategory(rows).length + 1}. {t('report.others')}
              </h3>
              {OTHER_TYPES.map((type) => {
                const items = assessment.data!.items.filter((i) => i.type === type);
                if (items.length === 0) return null;
                return (
                  <p key={type}>
                    <strong>{t(`type.${type}`)}</strong>
                    {t('report.typeLine', { n: items.length, breakdown: statusBreakdown(items, t) })}
                  </p>
                );
              })}
            </section>
          )}
        </article>
      )}
    </>
  );
}

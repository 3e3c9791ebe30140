import { App, Button, Card, DatePicker, Descriptions, Form, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { CollectedItemType, DueItem } from '../../api/types.ts';
import { DueStateTag } from '../../components/collection-tags.tsx';
import { formatDate, formatPeriod } from '../../format/period.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

const FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

interface ScheduleFields {
  frequency?: (typeof FREQUENCIES)[number];
  dueDay?: number | null;
  graceDays?: number | null;
  deadline?: Dayjs | null;
}

export interface ScheduleCardProps {
  planId: number;
  type: CollectedItemType;
  itemId: number;
  /** What is due for the item now (from the plan's due list), undefined when nothing is. */
  entry: DueItem | undefined;
  loading: boolean;
  /** A changed schedule changes what is due: the caller reloads the due list. */
  onSaved: () => void;
}

/**
 * 报送要求: what is due for the item now (period, due date, state) and its reporting schedule —
 * frequency, days after the period to report, grace before 督办, and a measure's completion deadline.
 */
export function ScheduleCard({ planId, type, itemId, entry, loading, onSaved }: ScheduleCardProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleFields>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);

  async function save(values: ScheduleFields) {
    setSaving(true);
    try {
      await collectionApi.setSchedule(planId, type, itemId, {
        frequency: values.frequency,
        dueDay: values.dueDay ?? undefined,
        graceDays: values.graceDays ?? undefined,
        deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : undefined,
      });
      message.success(t('schedule.saved'));
      setEditing(false);
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      size="small"
      title={t('schedule.title')}
      style={{ marginTop: 16 }}
      extra={
        !editing && (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('schedule.edit')}
          </Button>
        )
      }
    >
      {entry ? (
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 88, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'state', label: t('col.status'), children: <DueStateTag state={entry.state} /> },
            {
              key: 'frequency',
              label: t('due.frequency'),
              children: t(`frequency.${entry.frequency}` as MessageKey),
            },
            { key: 'period', label: t('due.period'), children: formatPeriod(entry.period, locale) },
            { key: 'due', label: t('due.dueDate'), children: formatDate(entry.dueDate, locale) },
            {
              key: 'escalate',
              label: t('schedule.escalateAfter'),
              children: formatDate(entry.escalateAfter, locale),
            },
            ...(entry.deadlineMissed
              ? [
                  {
                    key: 'deadline',
                    label: t('schedule.deadline'),
                    children: t('due.deadlineMissed', { date: formatDate(entry.deadlineMissed, locale) }),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        !loading && <span>{t('schedule.noLead')}</span>
      )}
      {editing && (
        <Form<ScheduleFields>
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          style={{ marginTop: 12 }}
        >
          <Form.Item name="frequency" label={t('due.frequency')}>
            <Select
              allowClear
              placeholder={t('schedule.keep')}
              options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="dueDay" label={t('schedule.dueDay')}>
              <InputNumber min={0} max={366} placeholder={t('schedule.keep')} style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="graceDays" label={t('schedule.graceDays')}>
              <InputNumber min={0} max={366} placeholder={t('schedule.keep')} style={{ width: 130 }} />
            </Form.Item>
          </Space>
          {type === 'measure' && (
            <Form.Item name="deadline" label={t('schedule.deadline')}>
              <DatePicker placeholder={t('schedule.keep')} />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Col, Empty, List, Row } from 'antd';
import { useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { DepartmentView, DueItem } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ProgressHistoryTable } from '../../components/progress-history-table.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ItemAssignees, PlanItemRow } from '../../plan/plan-items.ts';
import { ItemPicker, type ItemSelection } from './item-picker.tsx';
import { ProgressForm } from './progress-form.tsx';
import { ScheduleCard } from './schedule-card.tsx';

export interface ProgressTabProps {
  planId: number;
  items: PlanItemRow[];
  departments: DepartmentView[];
  assignees: Map<string, ItemAssignees>;
  selection: ItemSelection;
  onSelect: (next: ItemSelection) => void;
}

/** The period a report should be for: the oldest one still owed, else the latest one due. */
export function owedPeriod(entry: DueItem | undefined): string | null {
  if (!entry) return null;
  if (entry.state === 'reported') return entry.period;
  return entry.unreportedPeriods[0] ?? entry.period;
}

/** 进展填报: pick an item, report on it, and see what was reported before. */
export function ProgressTab({
  planId,
  items,
  departments,
  assignees,
  selection,
  onSelect,
}: ProgressTabProps) {
  const t = useT();
  // Each save can change what is due: the schedule card reloads.
  const [saves, setSaves] = useState(0);
  const item = items.find((i) => i.type === selection.type && i.id === selection.itemId);
  const key = item ? `${item.type}:${item.id}` : null;
  const history = useApi(key && `progress:${planId}:${key}`, () =>
    collectionApi.progress(planId, { itemType: item!.type, itemId: item!.id }),
  );
  const files = useApi(key && `attachments:${planId}:${key}`, () =>
    collectionApi.attachments(planId, item!.type, item!.id),
  );
  // Reporting for a department: the one chosen, else the item's lead.
  const reporterId =
    selection.departmentId ?? (item ? (assignees.get(item.key)?.lead?.departmentId ?? null) : null);
  const department = departments.find((d) => d.id === reporterId) ?? null;
  const departmentName = (id: number | null) => departments.find((d) => d.id === id)?.name ?? null;
  const latest = history.data?.progress.at(-1);
  // What the item owes now: the schedule card shows it and the form reports for its period.
  const due = useApi(`due:${planId}:${saves}`, () => collectionApi.due(planId, {}));
  const entry = item
    ? due.data?.departments
        .flatMap((d) => d.items)
        .find((i) => i.itemType === item.type && i.itemId === item.id)
    : undefined;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={9}>
        <ItemPicker
          items={items}
          departments={departments}
          assignees={assignees}
          value={selection}
          onChange={onSelect}
        />
        {item && item.type !== 'indicator' && (
          <ScheduleCard
            key={item.key}
            planId={planId}
            type={item.type}
            itemId={item.id}
            entry={entry}
            loading={due.loading}
            onSaved={() => setSaves((n) => n + 1)}
          />
        )}
        {item && (files.data?.attachments.length ?? 0) > 0 && (
          <Card size="small" title={t('progress.evidence')} style={{ marginTop: 16 }}>
            <List
              size="small"
              dataSource={files.data!.attachments}
              renderItem={(a) => (
                <List.Item>
                  <a href={collectionApi.attachmentUrl(planId, a.id)}>
                    <PaperClipOutlined /> {a.filename}
                  </a>
                  <span>{Math.ceil(a.size / 1024)} KB</span>
                </List.Item>
              )}
            />
          </Card>
        )}
      </Col>
      <Col xs={24} xl={15}>
        {!item && (
          <Card size="small">
            <Empty description={t('collect.pickFirst')} />
          </Card>
        )}
        {item && item.type !== 'indicator' && history.data && (due.data || due.error) && (
          <ProgressForm
            key={`${item.key}:${reporterId ?? ''}`}
            planId={planId}
            item={{ ...item, type: item.type }}
            departmentId={reporterId}
            asDepartment={selection.departmentId !== null}
            departmentName={department?.name ?? null}
            latest={latest}
            duePeriod={owedPeriod(entry)}
            onSaved={() => {
              setSaves((n) => n + 1);
              history.reload();
              files.reload();
            }}
          />
        )}
        {history.error && <ErrorAlert error={history.error} onRetry={history.reload} />}
        {item && (
          <Card size="small" title={t('progress.itemHistory')} style={{ marginTop: 16 }}>
            <ProgressHistoryTable
              rows={history.data?.progress ?? []}
              loading={history.loading}
              departmentName={departmentName}
              pageSize={5}
            />
          </Card>
        )}
      </Col>
    </Row>
  );
}

import { Card, Descriptions, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { CollectedItemType, DepartmentView } from '../../api/types.ts';
import { formatNumber } from '../../format/number.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ItemAssignees, PlanItemRow } from '../../plan/plan-items.ts';

export const COLLECTED_TYPES: CollectedItemType[] = ['measure', 'commitment', 'project'];

export interface ItemSelection {
  type: CollectedItemType;
  itemId: number | null;
  departmentId: number | null;
}

export interface ItemPickerProps {
  items: PlanItemRow[];
  departments: DepartmentView[];
  assignees: Map<string, ItemAssignees>;
  value: ItemSelection;
  onChange: (next: ItemSelection) => void;
}

/** Picks the item to report on: its type, the department (filters to its items), then the item. */
export function ItemPicker({ items, departments, assignees, value, onChange }: ItemPickerProps) {
  const { t, locale } = useI18n();
  const options = useMemo(
    () =>
      items
        .filter((i) => i.type === value.type)
        .filter((i) => {
          // The chosen item stays listed (a link may pick an item another department leads).
          if (value.departmentId === null || i.id === value.itemId) return true;
          const a = assignees.get(i.key);
          return (
            a?.lead?.departmentId === value.departmentId ||
            a?.support.some((s) => s.departmentId === value.departmentId)
          );
        }),
    [items, value.type, value.departmentId, value.itemId, assignees],
  );
  const selected = items.find((i) => i.type === value.type && i.id === value.itemId);
  const who = selected ? assignees.get(selected.key) : undefined;

  return (
    <Card size="small" title={t('collect.pickItem')}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Segmented<CollectedItemType>
          block
          value={value.type}
          options={COLLECTED_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
          onChange={(type) => onChange({ ...value, type, itemId: null })}
        />
        <Select
          aria-label={t('collect.department')}
          placeholder={t('collect.allDepartments')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          value={value.departmentId ?? undefined}
          onChange={(id?: number) => onChange({ ...value, departmentId: id ?? null, itemId: null })}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <Select
          data-testid="item-select"
          aria-label={t('progress.item')}
          placeholder={t('collect.itemPlaceholder', { count: options.length })}
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          value={value.itemId ?? undefined}
          onChange={(id: number) => onChange({ ...value, itemId: id })}
          options={options.map((i) => ({ value: i.id, label: i.label }))}
          popupMatchSelectWidth={false}
          listHeight={360}
          optionRender={(o) => <div style={{ maxWidth: 560, whiteSpace: 'normal' }}>{o.label}</div>}
        />
        {selected && (
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 88, whiteSpace: 'nowrap' } }}
            items={[
              {
                key: 'label',
                label: t(`type.${selected.type}`),
                children: <Typography.Text strong>{selected.label}</Typography.Text>,
              },
              ...(selected.context
                ? [{ key: 'ctx', label: t('collect.context'), children: selected.context }]
                : []),
              ...(selected.target
                ? [
                    {
                      key: 'target',
                      label: t('col.target'),
                      children: `${formatNumber(selected.target.value, locale)} ${selected.target.unit}`,
                    },
                  ]
                : []),
              {
                key: 'lead',
                label: t('collect.lead'),
                children: who?.lead ? (
                  <Tag color="red">{who.lead.departmentName}</Tag>
                ) : (
                  t('collect.unassigned')
                ),
              },
              {
                key: 'support',
                label: t('collect.support'),
                children: who?.support.length
                  ? who.support.map((s) => <Tag key={s.departmentId}>{s.departmentName}</Tag>)
                  : t('common.none'),
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

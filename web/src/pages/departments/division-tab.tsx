import { FileExcelOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/client.ts';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { DepartmentView, ItemType } from '../../api/types.ts';
import { ImportErrorView } from '../../components/import-error-table.tsx';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import type { ItemAssignees, PlanItemRow } from '../../plan/plan-items.ts';

const TYPES: ItemType[] = ['indicator', 'measure', 'commitment', 'project'];
type TypeFilter = 'all' | ItemType;

export interface DivisionTabProps {
  planId: number;
  items: PlanItemRow[];
  departments: DepartmentView[];
  assignees: Map<string, ItemAssignees>;
  loading: boolean;
  onChanged: () => void;
}

/** 任务分工方案: the lead (牵头) and supporting (配合) departments of every item; Excel/Word out, Excel in. */
export function DivisionTab({ planId, items, departments, assignees, loading, onChanged }: DivisionTabProps) {
  const t = useT();
  const { message } = App.useApp();
  const [type, setType] = useState<TypeFilter>('all');
  const [search, setSearch] = useState('');
  const [departmentId, setDepartmentId] = useState<number>();
  const [unassigned, setUnassigned] = useState(false);
  const [saving, setSaving] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<{ items: number; assignments: number } | null>(null);
  const [importError, setImportError] = useState<Error | null>(null);

  const rows = items.filter((i) => {
    const a = assignees.get(i.key);
    if (type !== 'all' && i.type !== type) return false;
    if (search && !i.label.includes(search.trim())) return false;
    if (unassigned && a?.lead) return false;
    if (
      departmentId !== undefined &&
      a?.lead?.departmentId !== departmentId &&
      !a?.support.some((s) => s.departmentId === departmentId)
    )
      return false;
    return true;
  });
  const options = departments.map((d) => ({ value: d.id, label: d.name }));

  async function change(row: PlanItemRow, work: () => Promise<unknown>) {
    setSaving(row.key);
    try {
      await work();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(null);
    }
  }

  function setLead(row: PlanItemRow, id: number | undefined) {
    const current = assignees.get(row.key)?.lead;
    void change(row, async () => {
      if (id === undefined) {
        if (current)
          await collectionApi.unassign(planId, {
            itemType: row.type,
            itemId: row.id,
            departmentId: current.departmentId,
          });
      } else
        await collectionApi.assign(planId, {
          itemType: row.type,
          itemId: row.id,
          departmentId: id,
          role: 'lead',
        });
    });
  }

  function setSupport(row: PlanItemRow, ids: number[]) {
    const current = (assignees.get(row.key)?.support ?? []).map((s) => s.departmentId);
    void change(row, async () => {
      for (const id of ids.filter((x) => !current.includes(x)))
        await collectionApi.assign(planId, {
          itemType: row.type,
          itemId: row.id,
          departmentId: id,
          role: 'support',
        });
      for (const id of current.filter((x) => !ids.includes(x)))
        await collectionApi.unassign(planId, { itemType: row.type, itemId: row.id, departmentId: id });
    });
  }

  async function exportAs(format: 'xlsx' | 'docx') {
    try {
      await downloadFile(collectionApi.taskDivisionUrl(planId, format), `task-division.${format}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  async function importFile(file: File) {
    setImporting(true);
    setImported(null);
    setImportError(null);
    try {
      setImported(await collectionApi.importTaskDivision(planId, file));
      onChanged();
    } catch (e) {
      setImportError(e as Error);
    } finally {
      setImporting(false);
    }
  }

  const assignedCount = items.filter((i) => assignees.get(i.key)?.lead).length;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<FileExcelOutlined />} onClick={() => void exportAs('xlsx')}>
          {t('division.exportXlsx')}
        </Button>
        <Button icon={<FileWordOutlined />} onClick={() => void exportAs('docx')}>
          {t('division.exportDocx')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importing}>
            {t('division.import')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('division.importHint')}</Typography.Text>
      </Space>
      {imported && (
        <Alert
          type="success"
          showIcon
          closable
          title={t('division.imported', { items: imported.items, assignments: imported.assignments })}
          style={{ marginBottom: 12 }}
        />
      )}
      {importError && <ImportErrorView error={importError} testId="division-errors" />}
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={t('division.progress', { assigned: assignedCount, total: items.length })}
        extra={
          <Space wrap>
            <Segmented<TypeFilter>
              value={type}
              onChange={setType}
              options={[
                { value: 'all', label: t('common.all') },
                ...TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
              ]}
            />
            <Input.Search
              allowClear
              placeholder={t('division.search')}
              style={{ width: 180 }}
              onSearch={setSearch}
            />
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('collect.allDepartments')}
              style={{ width: 160 }}
              value={departmentId}
              onChange={setDepartmentId}
              options={options}
            />
            <Space size={6}>
              <Switch
                checked={unassigned}
                onChange={setUnassigned}
                aria-label={t('division.onlyUnassigned')}
              />
              {t('division.onlyUnassigned')}
            </Space>
          </Space>
        }
      >
        <Table<PlanItemRow>
          data-testid="division-table"
          rowKey="key"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('col.type'),
              key: 'type',
              width: 90,
              render: (_, r) => t(`type.${r.type}` as MessageKey),
            },
            {
              title: t('progress.item'),
              key: 'label',
              render: (_, r) => (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.label }} style={{ margin: 0 }}>
                  {r.label}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('collect.lead'),
              key: 'lead',
              width: 190,
              render: (_, r) => (
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('collect.unassigned')}
                  style={{ width: 170 }}
                  disabled={saving === r.key}
                  value={assignees.get(r.key)?.lead?.departmentId}
                  onChange={(id?: number) => setLead(r, id)}
                  options={options}
                />
              ),
            },
            {
              title: t('collect.support'),
              key: 'support',
              width: 280,
              render: (_, r) => (
                <Select
                  mode="multiple"
                  showSearch
                  optionFilterProp="label"
                  style={{ width: 260 }}
                  disabled={saving === r.key}
                  value={(assignees.get(r.key)?.support ?? []).map((s) => s.departmentId)}
                  onChange={(ids: number[]) => setSupport(r, ids)}
                  options={options.filter((o) => o.value !== assignees.get(r.key)?.lead?.departmentId)}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

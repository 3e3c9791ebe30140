import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { DepartmentBody, DepartmentView } from '../../api/types.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

const KINDS = ['bureau', 'district', 'other'] as const;

export interface DepartmentListTabProps {
  departments: DepartmentView[];
  loading: boolean;
  onChanged: () => void;
}

/** 部门: the departments (委办局、各区) with the keywords that suggest them; add, edit, hide. */
export function DepartmentListTab({ departments, loading, onChanged }: DepartmentListTabProps) {
  const t = useT();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<DepartmentView | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<DepartmentBody>();

  function edit(d: DepartmentView | 'new') {
    setEditing(d);
    form.setFieldsValue(
      d === 'new'
        ? { name: '', shortName: null, kind: 'bureau', keywords: [] }
        : { name: d.name, shortName: d.shortName, kind: d.kind, keywords: d.keywords },
    );
  }

  async function save(values: DepartmentBody) {
    setSaving(true);
    try {
      const body = { ...values, shortName: values.shortName?.trim() || null };
      if (editing === 'new') await collectionApi.createDepartment(body);
      else if (editing) await collectionApi.updateDepartment(editing.id, body);
      message.success(t('departments.saved'));
      setEditing(null);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  async function remove(d: DepartmentView) {
    try {
      await collectionApi.removeDepartment(d.id);
      message.success(t('departments.removed', { name: d.name }));
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <Card
      size="small"
      styles={{ body: { padding: 0 } }}
      title={t('departments.count', { count: departments.length })}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => edit('new')}>
          {t('departments.add')}
        </Button>
      }
    >
      <Table<DepartmentView>
        data-testid="departments-table"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={departments}
        pagination={departments.length > 30 ? { pageSize: 30 } : false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('departments.name'), dataIndex: 'name', width: 180 },
          {
            title: t('departments.shortName'),
            key: 'short',
            width: 100,
            render: (_, d) => d.shortName ?? t('common.none'),
          },
          {
            title: t('departments.kind'),
            key: 'kind',
            width: 100,
            render: (_, d) =>
              (KINDS as readonly string[]).includes(d.kind)
                ? t(`departments.kind.${d.kind}` as MessageKey)
                : d.kind,
          },
          {
            title: t('departments.keywords'),
            key: 'keywords',
            render: (_, d) => (
              <Space size={[0, 4]} wrap>
                {d.keywords.map((k) => (
                  <Tag key={k}>{k}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('col.actions'),
            key: 'actions',
            width: 150,
            render: (_, d) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => edit(d)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('departments.removeConfirm', { name: d.name })}
                  onConfirm={() => void remove(d)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('departments.add') : t('departments.edit')}
        okText={t('common.save')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form<DepartmentBody> form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item
            name="name"
            label={t('departments.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label={t('departments.shortName')}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('departments.kind')}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`departments.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="keywords" label={t('departments.keywords')} extra={t('departments.keywordsHint')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} open={false} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

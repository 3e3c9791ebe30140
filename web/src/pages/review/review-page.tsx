import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Dropdown, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/endpoints.ts';
import type { ItemType, Span } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { usePlanId, usePlans } from '../../plan/plans-context.tsx';
import { usePlanDetail } from '../../plan/use-plan-data.ts';
import { DocumentView, type DocumentViewHandle } from './document-view.tsx';
import { ItemFormModal, type ItemFormTarget } from './item-form-modal.tsx';
import { ItemList } from './item-list.tsx';
import { ParserNotes } from './parser-notes.tsx';
import { ITEM_TYPES, type ReviewItem, reviewItems } from './review-items.ts';

/** 导入审核: the document with every recognised item highlighted; edit, delete, add, publish. */
export function ReviewPage() {
  const t = useT();
  const { message } = App.useApp();
  const planId = usePlanId();
  const plans = usePlans();
  const detail = usePlanDetail(planId);
  const source = useApi(planId === null ? null : `source:${planId}`, () => api.source(planId!));
  const view = useRef<DocumentViewHandle>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ span: Span; text: string } | null>(null);
  const [form, setForm] = useState<ItemFormTarget | null>(null);
  const [saving, setSaving] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [justPublished, setJustPublished] = useState(false);
  const navigate = useNavigate();
  const items = useMemo(() => (detail.data ? reviewItems(detail.data) : []), [detail.data]);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data || planId === null) return <PageLoading />;
  const plan = detail.data;

  function reveal(item: ReviewItem) {
    setActiveKey(item.key);
    view.current?.reveal(item.key);
  }

  async function submit(values: Record<string, unknown>) {
    if (!form || planId === null) return;
    setSaving(true);
    try {
      if (form.mode === 'edit') {
        await api.updateItem(planId, form.item.type, form.item.id, values);
        message.success(t('review.saved'));
      } else {
        await api.createItem(planId, form.type, { ...values, span: form.span });
        message.success(t('review.added'));
        setSelection(null);
        window.getSelection()?.removeAllRanges();
      }
      setForm(null);
      detail.reload();
      plans.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  async function remove(item: ReviewItem) {
    if (planId === null) return;
    try {
      await api.deleteItem(planId, item.type, item.id);
      message.success(t('review.deleted'));
      detail.reload();
      plans.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  async function publish() {
    if (planId === null) return;
    setPublishing(true);
    try {
      await api.publish(planId);
      message.success(t('review.publishedOk'));
      setJustPublished(true);
      detail.reload();
      plans.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setPublishing(false);
    }
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('review.title', { title: plan.title })}
        </Typography.Title>
        {plan.status === 'published' ? (
          <Tag color="green">{t('review.published')}</Tag>
        ) : (
          <Popconfirm title={t('review.publishConfirm')} onConfirm={() => void publish()}>
            <Button type="primary" loading={publishing} data-testid="publish">
              {t('review.publish')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }} data-testid="legend">
        <Typography.Text type="secondary">{t('review.legend')}:</Typography.Text>
        {ITEM_TYPES.map((type) => (
          <span key={type} className={`pw-hl pw-hl-${type}`} style={{ padding: '0 6px', cursor: 'default' }}>
            {t(`type.${type}`)} {items.filter((i) => i.type === type).length}
          </span>
        ))}
      </Space>
      {justPublished && (
        // Published: the office's next steps are the departments and then the overview.
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.nextSteps')}
          data-testid="next-steps"
          action={
            <Space wrap>
              <Button size="small" type="primary" onClick={() => navigate(`/plans/${planId}/departments`)}>
                {t('review.nextAssign')}
              </Button>
              <Button size="small" onClick={() => navigate(`/plans/${planId}/overview`)}>
                {t('review.nextOverview')}
              </Button>
            </Space>
          }
        />
      )}
      <ParserNotes
        warnings={plan.warnings}
        text={source.data?.text}
        onReveal={(span) => view.current?.revealSpan(span)}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            title={
              selection ? (
                <Space wrap>
                  <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                    {t('review.selection', { text: selection.text })}
                  </Typography.Text>
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: ITEM_TYPES.map((type) => ({ key: type, label: t(`type.${type}`) })),
                      onClick: ({ key }) =>
                        setForm({
                          mode: 'create',
                          type: key as ItemType,
                          span: selection.span,
                          text: selection.text,
                        }),
                    }}
                  >
                    <Button size="small" type="primary" icon={<PlusOutlined />} data-testid="add-as">
                      {t('review.addAs')}
                    </Button>
                  </Dropdown>
                </Space>
              ) : (
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {t('review.selectHint')}
                </Typography.Text>
              )
            }
            styles={{ body: { padding: 0 } }}
          >
            {source.error && (
              <ErrorAlert
                error={source.error}
                onRetry={source.reload}
                title={t('review.sourceMissing', { message: '' })}
              />
            )}
            {source.data ? (
              <DocumentView
                ref={view}
                text={source.data.text}
                items={items}
                activeKey={activeKey}
                onItemClick={setActiveKey}
                onSelect={(span, text) => setSelection({ span, text })}
              />
            ) : (
              !source.error && <PageLoading />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card
            size="small"
            title={t('review.items')}
            styles={{
              body: { maxHeight: 'calc(100vh - 260px)', minHeight: 320, overflow: 'auto', padding: 8 },
            }}
          >
            <ItemList
              items={items}
              activeKey={activeKey}
              onReveal={reveal}
              onEdit={(item) => setForm({ mode: 'edit', item })}
              onDelete={(item) => void remove(item)}
            />
          </Card>
        </Col>
      </Row>
      <ItemFormModal
        target={form}
        saving={saving}
        onCancel={() => setForm(null)}
        onSubmit={(v) => void submit(v)}
      />
    </>
  );
}

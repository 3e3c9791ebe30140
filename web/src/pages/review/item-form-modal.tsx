import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { ItemType, Span } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import type { ReviewItem } from './review-items.ts';

/** What the modal edits: an existing item, or a new one from a text selection. */
export type ItemFormTarget =
  | { mode: 'edit'; item: ReviewItem }
  | { mode: 'create'; type: ItemType; span: Span; text: string };

export interface ItemFormModalProps {
  target: ItemFormTarget | null;
  saving: boolean;
  onCancel: () => void;
  /** The fields to PATCH (edit) or POST with the span (create). */
  onSubmit: (values: Record<string, unknown>) => void;
}

const NUMBER = /([+-]?[\d０-９]+(?:[.．][\d０-９]+)?)/;

function toAscii(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * A first guess of a new item's fields from the selected text, for the user to correct:
 * 城镇新增就业60万人以上 → indicator {name: 城镇新增就业, targetText: 60万人以上};
 * 新增公园100座 → commitment {subject: 新增公园, value: 100, unit: 座}.
 */
export function guessFields(type: ItemType, text: string): Record<string, unknown> {
  const s = text.trim();
  const m = NUMBER.exec(s);
  switch (type) {
    case 'indicator': {
      const cut = /(增长|下降|达到|控制在|不低于|不超过|提高到|降低)?[+-]?[\d０-９]/.exec(s);
      return cut && cut.index > 0
        ? { name: s.slice(0, cut.index), targetText: s.slice(cut.index), attribute: 'expected' }
        : { name: s, targetText: '', attribute: 'expected' };
    }
    case 'commitment': {
      if (!m) return { text: s, subject: s, comparator: 'eq' };
      const after = s.slice(m.index + m[0].length);
      const unit =
        /^[万亿千百]?[^\s，。、；,;（(以左至]{0,4}?(?=以上|以内|左右|$|[，。、；,;])/.exec(after)?.[0] ??
        after.slice(0, 2);
      const comparator = /^.{0,6}以上/.test(after)
        ? 'gte'
        : /^.{0,6}以内/.test(after)
          ? 'lte'
          : /^.{0,6}左右/.test(after)
            ? 'approx'
            : 'eq';
      return { text: s, subject: s.slice(0, m.index), value: Number(toAscii(m[0])), unit, comparator };
    }
    case 'project':
      return { name: s, stage: 'construct' };
    case 'measure':
      return { text: s };
  }
}

function initialValues(target: ItemFormTarget): Record<string, unknown> {
  if (target.mode === 'create') return guessFields(target.type, target.text);
  const { item } = target;
  switch (item.type) {
    case 'indicator':
      return {
        name: item.dto.name,
        attribute: item.dto.attribute,
        category: item.dto.category,
        targetText: item.dto.target.text,
        direction: item.dto.direction,
      };
    case 'commitment':
      return {
        text: item.dto.text,
        subject: item.dto.subject,
        value: item.dto.value,
        unit: item.dto.unit,
        comparator: item.dto.comparator,
      };
    case 'project':
      return { name: item.dto.name, stage: item.dto.stage };
    case 'measure':
      return { text: item.dto.text };
  }
}

/** Edit an item, or add one from a selection: the fields the API accepts for its type. */
export function ItemFormModal({ target, saving, onCancel, onSubmit }: ItemFormModalProps) {
  const t = useT();
  const [form] = Form.useForm();
  const type = target ? (target.mode === 'edit' ? target.item.type : target.type) : null;

  useEffect(() => {
    if (target) {
      form.resetFields();
      form.setFieldsValue(initialValues(target));
    }
  }, [target, form]);

  const required = [{ required: true, message: t('form.required') }];
  return (
    <Modal
      open={target !== null}
      title={
        type &&
        t(target?.mode === 'create' ? 'review.addTitle' : 'review.editTitle', { type: t(`type.${type}`) })
      }
      okText={t('review.save')}
      cancelText={t('review.cancel')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => {
        form
          .validateFields()
          .then((values: Record<string, unknown>) => {
            const initial = target ? initialValues(target) : {};
            const cleaned = Object.entries(values)
              .map(([k, v]) => [k, v === '' && k === 'category' ? null : v] as const)
              // An edit sends only what changed, so a new target text may bring its own direction.
              .filter(
                ([k, v]) => target?.mode !== 'edit' || JSON.stringify(v) !== JSON.stringify(initial[k]),
              );
            onSubmit(Object.fromEntries(cleaned));
          })
          .catch(() => {});
      }}
      forceRender
    >
      {target?.mode === 'create' && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
          {t('review.selection', { text: target.text })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" data-testid="item-form">
        {type === 'indicator' && (
          <>
            <Form.Item name="name" label={t('form.name')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="targetText" label={t('form.targetText')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="attribute" label={t('form.attribute')}>
              <Select
                options={[
                  { value: 'expected', label: t('attribute.expected') },
                  { value: 'binding', label: t('attribute.binding') },
                ]}
              />
            </Form.Item>
            <Form.Item name="category" label={t('form.category')}>
              <Input />
            </Form.Item>
            {target?.mode === 'edit' && (
              <Form.Item name="direction" label={t('form.direction')}>
                <Select
                  options={(['up', 'down', 'band'] as const).map((d) => ({
                    value: d,
                    label: t(`direction.${d}`),
                  }))}
                />
              </Form.Item>
            )}
          </>
        )}
        {type === 'commitment' && (
          <>
            <Form.Item name="text" label={t('form.text')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="subject" label={t('form.subject')}>
              <Input />
            </Form.Item>
            <Form.Item name="value" label={t('form.value')} rules={required}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="unit" label={t('form.unit')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="comparator" label={t('form.comparator')}>
              <Select
                options={(['eq', 'approx', 'gte', 'lte', 'range'] as const).map((c) => ({
                  value: c,
                  label: t(`comparatorName.${c}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        {type === 'project' && (
          <>
            <Form.Item name="name" label={t('form.name')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="stage" label={t('form.stage')}>
              <Select
                options={(['complete', 'construct', 'start', 'reserve'] as const).map((s) => ({
                  value: s,
                  label: t(`stage.${s}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        {type === 'measure' && (
          <Form.Item name="text" label={t('form.text')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

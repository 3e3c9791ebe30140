import { MinusCircleOutlined, PlusOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Steps,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { MeasureStatus, ProgressBody, ProgressView, ProjectProgressStage } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useT } from '../../i18n/index.tsx';
import type { PlanItemRow } from '../../plan/plan-items.ts';

export const STAGES: ProjectProgressStage[] = [
  'not_started',
  'started',
  'under_construction',
  'completed',
  'in_use',
];
const STATUSES: MeasureStatus[] = ['in_progress', 'done', 'delayed'];

interface MilestoneField {
  name: string;
  plannedDate?: Dayjs | null;
  actualDate?: Dayjs | null;
  note?: string | null;
}

interface ProgressFields {
  mode: 'office' | 'department';
  period: string;
  text?: string;
  status?: MeasureStatus;
  delayReason?: string;
  remedy?: string;
  completedQuantity?: number;
  stage?: ProjectProgressStage;
  investmentPlanned?: number | null;
  investmentCompleted?: number | null;
  note?: string;
  milestones?: MilestoneField[];
}

export interface ProgressFormProps {
  planId: number;
  item: PlanItemRow & { type: 'measure' | 'commitment' | 'project' };
  departmentId: number | null;
  departmentName: string | null;
  /** Start in the department mode (a department was chosen, not just the item's lead). */
  asDepartment: boolean;
  latest: ProgressView | undefined;
  /** The period the item owes a report for (2026Q1 of a quarterly item); last month when null. */
  duePeriod: string | null;
  onSaved: (report: ProgressView) => void;
}

const dateText = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The draft submission of a department for a period, opened when there is none to add to. */
async function draftFor(planId: number, departmentId: number, period: string): Promise<number> {
  const { submissions } = await collectionApi.submissions(planId, { departmentId });
  const open = submissions.find(
    (s) => (s.status === 'draft' || s.status === 'returned') && (s.period ?? '') === period,
  );
  if (open) return open.id;
  return (await collectionApi.createSubmission(planId, { departmentId, period })).id;
}

/** 进展填报: status (滞后 needs its reason and remedy), quantity, stage and investment, milestones, evidence. */
export function ProgressForm({
  planId,
  item,
  departmentId,
  departmentName,
  asDepartment,
  latest,
  duePeriod,
  onSaved,
}: ProgressFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgressFields>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const status = Form.useWatch('status', form);
  const stage = Form.useWatch('stage', form);
  const milestones = useApi(item.type === 'project' ? `milestones:${planId}:${item.id}` : null, () =>
    collectionApi.milestones(planId, item.id),
  );

  useEffect(() => {
    if (milestones.data)
      form.setFieldValue(
        'milestones',
        milestones.data.milestones.map((m) => ({
          name: m.name,
          plannedDate: m.plannedDate ? dayjs(m.plannedDate) : null,
          actualDate: m.actualDate ? dayjs(m.actualDate) : null,
          note: m.note,
        })),
      );
  }, [milestones.data, form]);

  // Once a period is reported the next one owed comes up (the due list reloads after a save).
  useEffect(() => {
    if (duePeriod) form.setFieldValue('period', duePeriod);
  }, [duePeriod, form]);

  async function save(values: ProgressFields) {
    setSaving(true);
    try {
      const period = values.period.trim();
      const submissionId =
        values.mode === 'department' && departmentId !== null
          ? await draftFor(planId, departmentId, period)
          : null;
      const body: ProgressBody = {
        period,
        text: values.text?.trim() || null,
        note: values.note?.trim() || null,
        status: values.status,
        delayReason: values.status === 'delayed' ? values.delayReason : null,
        remedy: values.status === 'delayed' ? values.remedy : null,
        submissionId,
      };
      if (item.type === 'commitment') body.completedQuantity = values.completedQuantity;
      if (item.type === 'project') {
        body.stage = values.stage;
        body.investmentPlanned = values.investmentPlanned ?? null;
        body.investmentCompleted = values.investmentCompleted ?? null;
      }
      const report = await collectionApi.recordProgress(planId, item.type, item.id, body);
      for (const f of files)
        if (f.originFileObj)
          await collectionApi.uploadAttachment(planId, item.type, item.id, f.originFileObj, report.id);
      if (item.type === 'project' && values.milestones)
        await collectionApi.setMilestones(
          planId,
          item.id,
          values.milestones
            .filter((m) => m?.name?.trim())
            .map((m) => ({
              name: m.name.trim(),
              plannedDate: dateText(m.plannedDate),
              actualDate: dateText(m.actualDate),
              note: m.note ?? null,
            })),
        );
      setFiles([]);
      message.success(submissionId ? t('progress.savedDraft', { id: submissionId }) : t('progress.saved'));
      onSaved(report);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  const required = [{ required: true, message: t('form.required') }];
  return (
    <Card size="small" title={t('progress.formTitle')}>
      <Form<ProgressFields>
        form={form}
        layout="vertical"
        data-testid="progress-form"
        onFinish={(v) => void save(v)}
        initialValues={{
          mode: asDepartment && departmentId !== null ? 'department' : 'office',
          period: duePeriod ?? dayjs().subtract(1, 'month').format('YYYY-MM'),
          status:
            (latest?.status as MeasureStatus | undefined) ??
            (item.type === 'measure' ? 'in_progress' : undefined),
          stage: (latest?.stage as ProjectProgressStage | undefined) ?? 'not_started',
          // A delay usually lasts: its reason and remedy carry over for the reporter to update.
          delayReason: latest?.delayReason ?? undefined,
          remedy: latest?.remedy ?? undefined,
          // The form speaks the commitment's own unit (亿元); completedQuantity is in the base unit.
          completedQuantity: writtenCompleted(latest, item.target?.unit ?? null),
          investmentPlanned: latest?.investmentPlanned ?? undefined,
          investmentCompleted: latest?.investmentCompleted ?? undefined,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="mode" label={t('progress.mode')}>
              <Radio.Group>
                <Radio value="office">{t('progress.mode.office')}</Radio>
                <Radio value="department" disabled={departmentId === null}>
                  {departmentName
                    ? t('progress.mode.departmentNamed', { name: departmentName })
                    : t('progress.mode.department')}
                </Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="period"
              label={t('col.period')}
              rules={[
                ...required,
                { pattern: /^\s*\d{4}(-\d{2}|Q[1-4]|H[12])?\s*$/, message: t('progress.periodHint') },
              ]}
            >
              <Input placeholder="2026-06 / 2026Q2" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="status"
          label={t('progress.statusLabel')}
          rules={item.type === 'measure' ? required : []}
        >
          <Radio.Group optionType="button" buttonStyle="solid">
            {STATUSES.map((s) => (
              <Radio.Button key={s} value={s} data-testid={`status-${s}`}>
                {t(`progress.status.${s}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {status === 'delayed' && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="delayReason"
                label={t('progress.delayReason')}
                rules={[{ required: true, whitespace: true, message: t('progress.delayReasonRequired') }]}
              >
                <Input.TextArea rows={3} data-testid="delay-reason" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="remedy"
                label={t('progress.remedy')}
                rules={[{ required: true, whitespace: true, message: t('progress.remedyRequired') }]}
              >
                <Input.TextArea rows={3} data-testid="remedy" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {item.type === 'commitment' && (
          <Form.Item
            name="completedQuantity"
            label={t('progress.completedQuantity')}
            rules={required}
            extra={
              item.target
                ? t('progress.targetHint', { value: item.target.value, unit: item.target.unit })
                : undefined
            }
          >
            <InputNumber min={0} style={{ width: 240 }} addonAfter={item.target?.unit} />
          </Form.Item>
        )}
        {item.type === 'project' && (
          <>
            <Form.Item name="stage" label={t('progress.stage')} rules={required}>
              <Select
                options={STAGES.map((s) => ({ value: s, label: t(`projectStage.${s}`) }))}
                style={{ width: 240 }}
              />
            </Form.Item>
            <Steps
              size="small"
              current={STAGES.indexOf(stage ?? 'not_started')}
              items={STAGES.map((s) => ({ title: t(`projectStage.${s}`) }))}
              style={{ marginBottom: 16 }}
            />
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="investmentPlanned" label={t('progress.investmentPlanned')}>
                  <InputNumber min={0} style={{ width: '100%' }} addonAfter={t('unit.yiYuan')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="investmentCompleted" label={t('progress.investmentCompleted')}>
                  <InputNumber min={0} style={{ width: '100%' }} addonAfter={t('unit.yiYuan')} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>{t('progress.milestones')}</Typography.Text>
            <Form.List name="milestones">
              {(fields, { add, remove }) => (
                <div style={{ marginTop: 8, marginBottom: 16 }}>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                      <Form.Item name={[field.name, 'name']} rules={required}>
                        <Input placeholder={t('progress.milestoneName')} style={{ width: 160 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'plannedDate']}>
                        <DatePicker placeholder={t('progress.plannedDate')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'actualDate']}>
                        <DatePicker placeholder={t('progress.actualDate')} />
                      </Form.Item>
                      <MinusCircleOutlined
                        aria-label={t('common.remove')}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                    {t('progress.addMilestone')}
                  </Button>
                </div>
              )}
            </Form.List>
          </>
        )}
        <Form.Item name="text" label={t('progress.text')}>
          <Input.TextArea rows={3} placeholder={t('progress.textPlaceholder')} data-testid="progress-text" />
        </Form.Item>
        <Form.Item name="note" label={t('progress.note')}>
          <Input />
        </Form.Item>
        <Form.Item label={t('progress.evidence')} extra={t('progress.evidenceHint')}>
          <Upload
            multiple
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
            fileList={files}
            beforeUpload={(file) => {
              if (file.size > 10 * 1024 * 1024) {
                message.error(t('progress.evidenceTooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<UploadOutlined />}>{t('progress.chooseFiles')}</Button>
          </Upload>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={saving}
          data-testid="save-progress"
        >
          {t('progress.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** The latest completed quantity in the unit the form asks for, when it was reported in it. */
function writtenCompleted(latest: ProgressView | undefined, unit: string | null): number | undefined {
  const w = latest?.completedWritten;
  if (w && (w.unit ?? null) === unit) return w.value;
  if (latest?.completedQuantity != null && (latest.completedUnit ?? null) === unit)
    return latest.completedQuantity;
  return undefined;
}

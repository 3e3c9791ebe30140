import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Row,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { downloadFile } from '../../api/client.ts';
import { collectionApi } from '../../api/collection-endpoints.ts';
import { api } from '../../api/endpoints.ts';
import type { ObservationImportResponse } from '../../api/types.ts';
import { ImportErrorView } from '../../components/import-error-table.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAssignments, useDepartments } from '../../plan/use-collection-data.ts';

const SHEETS = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A CSV template with one row per indicator of the plan, for the departments to fill in. */
export function observationTemplate(
  indicators: Array<{ name: string; unit: string | null }>,
  region: string,
): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = indicators.map((i) => [i.name, region, '', '', '', i.unit ?? ''].map(quote).join(','));
  return ['indicator,region,period,kind,value,unit,source,note', ...rows].join('\n') + '\n';
}

function downloadText(filename: string, text: string) {
  // A BOM so that Excel opens the UTF-8 Chinese correctly.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

export interface ObservationsTabProps {
  planId: number;
  indicators: Array<{ name: string; unit: string | null }>;
  region: string | null;
  year: number | null;
  /** The department whose form to offer first (a 督办 link names it). */
  initialDepartmentId?: number | null;
}

type Outcome =
  | { result: ObservationImportResponse; error?: undefined }
  | { error: Error; result?: undefined };

/** 指标数据: CSV/XLSX upload, and the per-department Excel form downloaded, filled and uploaded back. */
export function ObservationsTab({
  planId,
  indicators,
  region,
  year,
  initialDepartmentId,
}: ObservationsTabProps) {
  const t = useT();
  const departments = useDepartments();
  const assignments = useAssignments(planId);
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const [busy, setBusy] = useState<'file' | 'template' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [departmentId, setDepartmentId] = useState<number | undefined>(initialDepartmentId ?? undefined);
  const [period, setPeriod] = useState(() => dayjs().subtract(1, 'month').format('YYYY-MM'));

  // Only departments leading an indicator have a form to fill.
  const leading = useMemo(() => {
    const ids = new Set(
      (assignments.data?.assignments ?? [])
        .filter((a) => a.itemType === 'indicator' && a.role === 'lead')
        .map((a) => a.departmentId),
    );
    return (departments.data?.departments ?? []).filter((d) => ids.has(d.id));
  }, [assignments.data, departments.data]);

  async function upload(kind: 'file' | 'template', file: File) {
    setBusy(kind);
    setOutcome(null);
    try {
      const result =
        kind === 'file'
          ? await api.importObservations(planId, file)
          : await collectionApi.uploadTemplate(planId, file);
      setOutcome({ result });
    } catch (e) {
      setOutcome({ error: e as Error });
    } finally {
      setBusy(null);
    }
  }

  async function download() {
    setDownloading(true);
    try {
      await downloadFile(collectionApi.templateUrl(planId, period.trim(), departmentId), 'template.xlsx');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setDownloading(false);
    }
  }

  const validPeriod = /^\d{4}(-\d{2}|Q[1-4]|H[12])?$/.test(period.trim());
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('data.templateCard')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('data.templateIntro')}</Typography.Paragraph>
            <Space wrap>
              <Select
                aria-label={t('collect.department')}
                placeholder={t('data.allDepartments')}
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 200 }}
                value={departmentId}
                onChange={setDepartmentId}
                options={leading.map((d) => ({ value: d.id, label: d.name }))}
              />
              <Input
                aria-label={t('col.period')}
                value={period}
                onChange={(e) => setPeriod(e.target.value)}
                status={validPeriod ? undefined : 'error'}
                style={{ width: 120 }}
                placeholder="2026-06"
              />
              <Button
                icon={<FileExcelOutlined />}
                disabled={!validPeriod}
                loading={downloading}
                onClick={() => void download()}
              >
                {t('data.downloadXlsx')}
              </Button>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload('template', file);
                  return false;
                }}
              >
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  loading={busy === 'template'}
                  data-testid="upload-template"
                >
                  {t('data.uploadTemplate')}
                </Button>
              </Upload>
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('data.fileCard')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('data.intro')}</Typography.Paragraph>
            <Space wrap>
              <Upload
                accept={SHEETS}
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload('file', file);
                  return false;
                }}
              >
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  loading={busy === 'file'}
                  data-testid="upload-observations"
                >
                  {t('data.upload')}
                </Button>
              </Upload>
              {indicators.length > 0 && (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    downloadText(
                      `${region ?? 'plan'}-${year ?? ''}-observations.csv`,
                      observationTemplate(indicators, region ?? ''),
                    )
                  }
                >
                  {t('data.template')}
                </Button>
              )}
            </Space>
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        {outcome?.result && (
          <Alert
            type="success"
            showIcon
            title={t('data.result', {
              rows: outcome.result.rows,
              inserted: outcome.result.inserted,
              revised: outcome.result.revised,
              unchanged: outcome.result.unchanged,
            })}
            description={[
              outcome.result.skippedEmpty > 0
                ? t('data.skippedEmpty', { count: outcome.result.skippedEmpty })
                : '',
              outcome.result.submissionId !== null
                ? t('data.submitted', { id: outcome.result.submissionId })
                : '',
            ]
              .filter(Boolean)
              .join(' ')}
          />
        )}
        {outcome?.error && <ImportErrorView error={outcome.error} />}
      </div>
      <Card size="small" title={t('data.columns')} style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          <Typography.Text code>indicator,region,period,kind,value[,unit,source,note]</Typography.Text>
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'indicator', label: 'indicator', children: t('data.col.indicator') },
            { key: 'region', label: 'region', children: t('data.col.region') },
            { key: 'period', label: 'period', children: t('data.col.period') },
            { key: 'kind', label: 'kind', children: t('data.col.kind') },
            { key: 'value', label: 'value', children: t('data.col.value') },
            { key: 'optional', label: 'unit, source, note', children: t('data.col.optional') },
          ]}
        />
      </Card>
    </>
  );
}

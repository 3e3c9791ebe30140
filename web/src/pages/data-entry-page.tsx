import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiRequestError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { ImportErrorDetails, ObservationImportResponse } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useT } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { usePlanDetail } from '../plan/use-plan-data.ts';

type ErrorRow = ImportErrorDetails['errors'][number];

function importErrors(error: Error): ImportErrorDetails | null {
  if (!(error instanceof ApiRequestError)) return null;
  const d = error.details as Partial<ImportErrorDetails> | undefined;
  return d && Array.isArray(d.errors) ? { errors: d.errors, total: d.total ?? d.errors.length } : null;
}

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

/** 数据填报: upload observations (CSV/XLSX); the result, or every error of the rejected file. */
export function DataEntryPage() {
  const t = useT();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ObservationImportResponse | null>(null);
  const [error, setError] = useState<Error | null>(null);

  async function upload(file: File) {
    if (planId === null) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await api.importObservations(planId, file));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  }

  const details = error ? importErrors(error) : null;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('data.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('data.intro')}</Typography.Paragraph>
      <Card size="small" title={t('data.columns')} style={{ marginBottom: 16 }}>
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
      <Space wrap>
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {t('data.upload')}
          </Button>
        </Upload>
        {detail.data && detail.data.indicators.length > 0 && (
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              downloadText(
                `${detail.data!.region ?? 'plan'}-${detail.data!.year ?? ''}-observations.csv`,
                observationTemplate(detail.data!.indicators, detail.data!.region ?? ''),
              )
            }
          >
            {t('data.template')}
          </Button>
        )}
      </Space>
      <div style={{ marginTop: 16 }}>
        {result && (
          <Alert
            type="success"
            showIcon
            title={t('data.result', {
              rows: result.rows,
              inserted: result.inserted,
              revised: result.revised,
              unchanged: result.unchanged,
            })}
          />
        )}
        {error && !details && <ErrorAlert error={error} />}
        {error && details && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('data.errors', { total: details.total })}
              description={error.message}
              style={{ marginBottom: 12 }}
            />
            <Table<ErrorRow>
              data-testid="import-errors"
              size="small"
              rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
              dataSource={details.errors}
              pagination={details.errors.length > 50 ? { pageSize: 50 } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('data.row'), dataIndex: 'row', width: 80 },
                { title: t('data.column'), key: 'column', render: (_, r) => r.column ?? t('common.none') },
                {
                  title: t('data.value'),
                  key: 'value',
                  render: (_, r) => (r.value == null ? t('common.none') : String(r.value)),
                },
                { title: t('data.reason'), dataIndex: 'reason' },
              ]}
            />
          </>
        )}
      </div>
    </>
  );
}

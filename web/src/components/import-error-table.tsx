import { Alert, Table } from 'antd';
import { ApiRequestError } from '../api/client.ts';
import type { ImportErrorDetails } from '../api/types.ts';
import { serverMessage } from '../format/server-message.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from './error-alert.tsx';

type ErrorRow = ImportErrorDetails['errors'][number];

/** The row errors of a rejected import (422 IMPORT_INVALID), or null for other errors. */
export function importErrors(error: Error): ImportErrorDetails | null {
  if (!(error instanceof ApiRequestError)) return null;
  const d = error.details as Partial<ImportErrorDetails> | undefined;
  return d && Array.isArray(d.errors) ? { errors: d.errors, total: d.total ?? d.errors.length } : null;
}

export interface ImportErrorViewProps {
  error: Error;
  testId?: string;
}

/** A failed upload: every row error as a table, or the server's message. */
export function ImportErrorView({ error, testId = 'import-errors' }: ImportErrorViewProps) {
  const { t, locale } = useI18n();
  const details = importErrors(error);
  if (!details || details.errors.length === 0) return <ErrorAlert error={error} />;
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('data.errors', { total: details.total })}
        description={error.message}
        style={{ marginBottom: 12 }}
      />
      <Table<ErrorRow>
        data-testid={testId}
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
          { title: t('data.reason'), key: 'reason', render: (_, r) => serverMessage(r.reason, locale) },
        ]}
      />
    </>
  );
}

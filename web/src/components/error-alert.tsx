import { Alert, Button } from 'antd';
import { ApiRequestError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';

export interface ErrorAlertProps {
  error: Error;
  onRetry?: () => void;
  title?: string;
}

/** The server's error message (with its code), never a blank page. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const t = useT();
  const code = error instanceof ApiRequestError ? ` (${error.code})` : '';
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('app.error')}
      description={`${error.message}${code}`}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

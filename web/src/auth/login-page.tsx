import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type ApiRequestError, apiFetch, getJson } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import type { SignedInUser } from './auth-context.tsx';

export interface LoginPageProps {
  onSignedIn: (me: { user: SignedInUser; csrfToken: string | null; actions: string[] }) => void;
}

/** The sign-in page (zh-CN first); names the local demo account when the sample has one. */
export function LoginPage({ onSignedIn }: LoginPageProps) {
  const { t, locale, setLocale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<string | null>(null);
  useEffect(() => {
    getJson<{ username: string | null }>('/api/auth/demo').then(
      (d) => setDemo(d.username),
      () => setDemo(null),
    );
  }, []);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(
        await apiFetch('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(values),
        }),
      );
    } catch (e) {
      setError((e as ApiRequestError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380, maxWidth: '92vw' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Title level={4}>{t('auth.title')}</Typography.Title>
        {demo && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('auth.demo', { username: demo })}
          />
        )}
        {error && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} data-testid="login-error" />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, message: t('auth.required', { field: t('auth.username') }) }]}
          >
            <Input id="username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.required', { field: t('auth.password') }) }]}
          >
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {t('app.language')}
        </Button>
      </Card>
    </div>
  );
}

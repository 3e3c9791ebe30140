import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { ImportPlanResponse } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useT } from '../i18n/index.tsx';
import { usePlans } from '../plan/plans-context.tsx';

/** 导入: upload or paste a plan document → a draft plan → the review page. */
export function ImportPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { reload } = usePlans();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [text, setText] = useState('');
  const [filename, setFilename] = useState('');

  async function run(send: () => Promise<ImportPlanResponse>) {
    setBusy(true);
    setError(null);
    try {
      const result = await send();
      message.success(t('import.success'));
      reload();
      navigate(`/plans/${result.planId}/review`);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('import.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'file',
              label: t('import.file'),
              children: (
                <Upload.Dragger
                  accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  showUploadList={false}
                  disabled={busy}
                  beforeUpload={(file) => {
                    void run(() => api.importPlanFile(file));
                    return false;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{t('import.dragHint')}</p>
                  <p className="ant-upload-hint">.txt · .md · .docx</p>
                </Upload.Dragger>
              ),
            },
            {
              key: 'paste',
              label: t('import.paste'),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Input.TextArea
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    placeholder={t('import.pastePlaceholder')}
                    autoSize={{ minRows: 10, maxRows: 24 }}
                    data-testid="paste-text"
                  />
                  <Input
                    value={filename}
                    onChange={(e) => setFilename(e.target.value)}
                    placeholder={t('import.filename')}
                    style={{ maxWidth: 360 }}
                  />
                  <Button
                    type="primary"
                    loading={busy}
                    disabled={!text.trim()}
                    onClick={() => void run(() => api.importPlanText(text, filename.trim() || undefined))}
                    data-testid="submit-text"
                  >
                    {t('import.submit')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

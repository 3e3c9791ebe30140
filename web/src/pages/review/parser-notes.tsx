import { Alert, Button, List, Typography } from 'antd';
import { useState } from 'react';
import type { PlanDetailResponse, Span } from '../../api/types.ts';
import { serverMessage } from '../../format/server-message.ts';
import { useI18n } from '../../i18n/index.tsx';

type ParseWarning = PlanDetailResponse['warnings'][number];

export interface ParserNotesProps {
  warnings: ParseWarning[];
  /** The document text, to quote what a note is about (absent until it loads). */
  text: string | undefined;
  /** Shows a note's place in the document. */
  onReveal: (span: Span) => void;
}

const FIRST = 3;

/** A short quote of the text a note is about: 「…型、世界模型…」. */
function quote(text: string, [start, end]: Span): string {
  const s = text
    .slice(Math.max(0, start - 6), Math.max(end, start + 6))
    .replace(/\s+/g, ' ')
    .trim();
  return s ? `「${s.length > 30 ? `${s.slice(0, 30)}…` : s}」` : '';
}

/** 识别提示: what the parser was unsure of, each a link to its place in the text. */
export function ParserNotes({ warnings, text, onReveal }: ParserNotesProps) {
  const { t, locale } = useI18n();
  const [all, setAll] = useState(false);
  if (warnings.length === 0) return null;
  const shown = all ? warnings : warnings.slice(0, FIRST);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="parser-notes"
      title={t('review.warnings', { n: warnings.length })}
      description={
        <>
          <List
            size="small"
            split={false}
            dataSource={shown}
            renderItem={(w, i) => (
              <List.Item key={`${w.code}-${i}`} style={{ padding: '2px 0' }}>
                {w.span ? (
                  <Typography.Link onClick={() => w.span && onReveal(w.span)}>
                    {serverMessage(w.message, locale)}
                    {text && <Typography.Text type="secondary">{quote(text, w.span)}</Typography.Text>}
                  </Typography.Link>
                ) : (
                  serverMessage(w.message, locale)
                )}
              </List.Item>
            )}
          />
          {warnings.length > FIRST && (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAll((v) => !v)}>
              {all ? t('review.less') : t('review.moreCount', { n: warnings.length - FIRST })}
            </Button>
          )}
        </>
      }
    />
  );
}

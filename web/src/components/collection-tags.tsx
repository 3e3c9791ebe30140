import { Tag } from 'antd';
import type { DueState } from '../api/types.ts';
import { type MessageKey, useT } from '../i18n/index.tsx';

const PROGRESS_COLOR: Record<string, string> = {
  in_progress: 'processing',
  done: 'success',
  delayed: 'error',
};
const REVIEW_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  confirmed: 'success',
};
const DUE_COLOR: Record<DueState, string> = {
  reported: 'success',
  upcoming: 'default',
  due_soon: 'warning',
  overdue: 'error',
  escalated: 'magenta',
};

export interface ProgressStatusTagProps {
  status: string | null;
}

/** 推进中 / 已完成 / 滞后. */
export function ProgressStatusTag({ status }: ProgressStatusTagProps) {
  const t = useT();
  if (!status) return null;
  return <Tag color={PROGRESS_COLOR[status]}>{t(`progress.status.${status}` as MessageKey)}</Tag>;
}

export interface ReviewStatusTagProps {
  status: string;
}

/** 草稿 / 已提交 / 已退回 / 已确认, of a submission or of a report inside one. */
export function ReviewStatusTag({ status }: ReviewStatusTagProps) {
  const t = useT();
  return <Tag color={REVIEW_COLOR[status]}>{t(`review.state.${status}` as MessageKey)}</Tag>;
}

export interface DueStateTagProps {
  state: DueState;
}

/** 已报送 / 未到期 / 即将到期 / 逾期 / 督办. */
export function DueStateTag({ state }: DueStateTagProps) {
  const t = useT();
  return <Tag color={DUE_COLOR[state]}>{t(`due.state.${state}`)}</Tag>;
}

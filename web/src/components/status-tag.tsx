import { Tag } from 'antd';
import type { AssessmentStatus, StatusColor } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

/** antd tag colours of the traffic lights. */
export const COLOR_TAG: Record<StatusColor, string> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
  grey: 'default',
};

/** Hex colours of the traffic lights (tiles, charts). */
export const COLOR_HEX: Record<StatusColor, string> = {
  green: '#52c41a',
  yellow: '#faad14',
  red: '#f5222d',
  grey: '#8c8c8c',
};

export interface StatusTagProps {
  status: AssessmentStatus;
  color: StatusColor;
}

export function StatusTag({ status, color }: StatusTagProps) {
  const t = useT();
  return (
    <Tag color={COLOR_TAG[color]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

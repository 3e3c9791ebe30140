import type { Translations } from '../message.types.ts';

/**
 * Sentences of the error envelope's `message`, by AppError code. Codes with details in their
 * params (NOT_FOUND's what and id) say them; the rest fall back to a general sentence.
 */
export const errorsCatalog = {
  BAD_REQUEST: t('请求有误', 'Bad request'),
  VALIDATION_FAILED: t('请求参数不合法', 'The request is not valid'),
  UNAUTHENTICATED: t('需要登录', 'Sign-in required'),
  FORBIDDEN: t('无权执行此操作', 'Not allowed'),
  NOT_FOUND: {
    zh: (p: { what?: string; id?: string | number }) =>
      p.what ? `${p.what} ${p.id ?? ''} 不存在`.replace('  ', ' ') : '不存在',
    en: (p: { what?: string; id?: string | number }) =>
      p.what ? `${p.what} ${p.id ?? ''} not found`.replace('  ', ' ') : 'Not found',
  },
  CONFLICT: t('与现有数据冲突', 'Conflicts with existing data'),
  PAYLOAD_TOO_LARGE: t('上传内容过大', 'The upload is too large'),
  UNSUPPORTED_MEDIA_TYPE: t('不支持的文件类型', 'Unsupported file type'),
  DOCUMENT_TOO_LARGE_EXPANDED: t(
    '文件解压后过大，疑似压缩炸弹',
    'The document expands beyond the limit (a zip bomb?)',
  ),
  PARSE_MEMORY_EXCEEDED: t(
    '文档过于庞大，解析超出内存上限',
    'Parsing the document exceeded the memory limit',
  ),
  PARSE_TIMEOUT: t('文档解析超时', 'Parsing the document took too long'),
  UNREADABLE_DOCUMENT: t('无法读取该文件', 'The document cannot be read'),
  IMPORT_INVALID: t('导入数据有误', 'The import has errors'),
  RATE_LIMITED: t('请求过于频繁，请稍后再试', 'Too many requests; try again later'),
  DATABASE_UNAVAILABLE: t('数据库暂不可用', 'The database is unavailable'),
  DATABASE_BUSY: t('数据库正忙，请稍后重试', 'The database is busy; try again shortly'),
  SHUTTING_DOWN: t('服务正在关闭', 'The server is shutting down'),
  DEPENDENCY_MISSING: {
    zh: (p: { missingPackage?: string }) =>
      `缺少系统组件${p.missingPackage ? `：请安装 Debian 软件包 ${p.missingPackage}` : ''}`,
    en: (p: { missingPackage?: string }) =>
      `A system component is missing${p.missingPackage ? `: install the Debian package ${p.missingPackage}` : ''}`,
  },
  INTERNAL: t('服务器内部错误', 'Internal error'),
} satisfies Record<string, Translations<never>>;

function t(zh: string, en: string): Translations<Record<string, unknown>> {
  return { zh: () => zh, en: () => en };
}

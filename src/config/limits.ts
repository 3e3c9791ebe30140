/**
 * Size, time and memory limits on what users send, read once from the environment. Every
 * transport (HTTP, CLI, jobs) uses the same figures.
 */

const MB = 1024 * 1024;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * The largest upload (plan document, observation file, JSON batch) over HTTP, in bytes:
 * PLANWATCH_UPLOAD_LIMIT_MB, default 50.
 */
export function uploadLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  return positive(env.PLANWATCH_UPLOAD_LIMIT_MB, 50) * MB;
}

export interface DocumentLimits {
  /** What all the files of an archive (.docx, .xlsx) may expand to together. */
  maxExpandedBytes: number;
  /**
   * Expanded ÷ compressed size an archive entry may reach once past `ratioGraceBytes`: real
   * Office files stay far below 100, a zip bomb is near deflate's maximum of ~1000.
   */
  maxRatio: number;
  ratioGraceBytes: number;
  /** How long one document may take to parse. */
  parseTimeoutMs: number;
  /** The heap of the worker parsing a document. */
  parseMemoryMb: number;
}

/**
 * PLANWATCH_MAX_EXPANDED_MB (default 20 × the upload limit), PLANWATCH_MAX_ZIP_RATIO (200),
 * PLANWATCH_PARSE_TIMEOUT_S (60), PLANWATCH_PARSE_MEMORY_MB (1024).
 */
export function documentLimits(env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  return {
    maxExpandedBytes: positive(env.PLANWATCH_MAX_EXPANDED_MB, (20 * uploadLimitBytes(env)) / MB) * MB,
    maxRatio: positive(env.PLANWATCH_MAX_ZIP_RATIO, 200),
    ratioGraceBytes: 10 * MB,
    parseTimeoutMs: positive(env.PLANWATCH_PARSE_TIMEOUT_S, 60) * 1000,
    parseMemoryMb: positive(env.PLANWATCH_PARSE_MEMORY_MB, 1024),
  };
}

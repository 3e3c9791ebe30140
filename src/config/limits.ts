import { readConfig } from '../config.ts';

/**
 * Size, time and memory limits on what users send, from the one configuration module
 * (src/config.ts). Every transport (HTTP, CLI, jobs) uses the same figures.
 */

const MB = 1024 * 1024;

/** The largest upload (plan document, observation file, JSON batch) over HTTP, in bytes. */
export function uploadLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  return readConfig(env).uploadLimitBytes;
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

export function documentLimits(env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  const config = readConfig(env);
  return {
    maxExpandedBytes: config.maxExpandedBytes,
    maxRatio: config.maxZipRatio,
    ratioGraceBytes: 10 * MB,
    parseTimeoutMs: config.parseTimeoutMs,
    parseMemoryMb: config.parseMemoryMb,
  };
}

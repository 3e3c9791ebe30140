import { z } from 'zod';
import { AppError } from './errors/app-error.ts';

/**
 * Every environment variable planwatch reads, in one place, validated. The README's "Configure"
 * table lists the same variables; nothing else in src/ reads process.env (tests and the bench
 * have their own). Read on each call rather than once, because the CLI's `--database` option sets
 * DATABASE_URL after start and tests vary variables per case; parsing a dozen strings is free.
 */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/planwatch.db';

const MB = 1024 * 1024;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false');

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  PLANWATCH_UPLOAD_LIMIT_MB: z.coerce.number().positive().default(50),
  PLANWATCH_MAX_EXPANDED_MB: z.coerce.number().positive().optional(),
  PLANWATCH_MAX_ZIP_RATIO: z.coerce.number().positive().default(200),
  PLANWATCH_PARSE_TIMEOUT_S: z.coerce.number().positive().default(60),
  PLANWATCH_PARSE_MEMORY_MB: z.coerce.number().positive().default(1024),
  PLANWATCH_PARSE_THREADS: z.coerce.number().int().positive().optional(),
  PLANWATCH_SOFFICE: z.string().min(1).default('soffice'),
  PLANWATCH_TMP_DIR: z.string().min(1).optional(),
  PLANWATCH_PG_POOL: positiveInt(10),
  PLANWATCH_PG_CONNECT_TIMEOUT_MS: positiveInt(5000),
  PLANWATCH_DEBUG: flag,
  PLANWATCH_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$|^[A-Za-z0-9+/]{43}=$/, '32 bytes as 64 hex digits or base64')
    .optional(),
  PLANWATCH_TRUST_PROXY: flag,
  PLANWATCH_SESSION_IDLE_MINUTES: positiveInt(30),
  PLANWATCH_SESSION_MAX_HOURS: positiveInt(12),
  PLANWATCH_API_RATE_LIMIT: positiveInt(1200),
});

export interface Config {
  databaseUrl: string;
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  uploadLimitBytes: number;
  /** What all the files of an archive (.docx, .xlsx) may expand to together (default 20 × upload). */
  maxExpandedBytes: number;
  /** Expanded ÷ compressed size an archive entry may reach (past a grace size). */
  maxZipRatio: number;
  parseTimeoutMs: number;
  /** The heap of the worker parsing a document. */
  parseMemoryMb: number;
  /** Worker threads parsing documents; undefined = one less than the cores, at most two. */
  parseThreads: number | undefined;
  /** The LibreOffice binary that converts reports to PDF. */
  soffice: string;
  /** Where uploads and import staging files go; undefined = the default chosen by the caller. */
  tmpDir: string | undefined;
  pgPoolSize: number;
  pgConnectTimeoutMs: number;
  debug: boolean;
  /**
   * The key that encrypts notification channels' secrets (AES-256-GCM), 32 bytes. Absent: a key
   * generated once and kept beside the SQLite file (`planwatch.key`), or under ./data for PostgreSQL.
   */
  secretKey: string | undefined;
  /** Behind a reverse proxy: X-Forwarded-For/-Proto give the client address and https (Secure cookies). */
  trustProxy: boolean;
  /** A session unused this long ends; one older than sessionMaxHours ends anyway. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Requests per minute and address to the API (sign-ins have their own, lower limit). */
  apiRateLimit: number;
}

/** The configuration from `env`; an invalid variable is a CONFIG_INVALID error naming each one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG_INVALID', `环境变量无效 (invalid environment): ${problems.join('; ')}`, {
      problems,
    });
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    uploadLimitBytes: e.PLANWATCH_UPLOAD_LIMIT_MB * MB,
    maxExpandedBytes: (e.PLANWATCH_MAX_EXPANDED_MB ?? 20 * e.PLANWATCH_UPLOAD_LIMIT_MB) * MB,
    maxZipRatio: e.PLANWATCH_MAX_ZIP_RATIO,
    parseTimeoutMs: e.PLANWATCH_PARSE_TIMEOUT_S * 1000,
    parseMemoryMb: e.PLANWATCH_PARSE_MEMORY_MB,
    parseThreads: e.PLANWATCH_PARSE_THREADS,
    soffice: e.PLANWATCH_SOFFICE,
    tmpDir: e.PLANWATCH_TMP_DIR,
    pgPoolSize: e.PLANWATCH_PG_POOL,
    pgConnectTimeoutMs: e.PLANWATCH_PG_CONNECT_TIMEOUT_MS,
    debug: e.PLANWATCH_DEBUG,
    secretKey: e.PLANWATCH_SECRET_KEY,
    trustProxy: e.PLANWATCH_TRUST_PROXY,
    sessionIdleMinutes: e.PLANWATCH_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.PLANWATCH_SESSION_MAX_HOURS,
    apiRateLimit: e.PLANWATCH_API_RATE_LIMIT,
  };
}

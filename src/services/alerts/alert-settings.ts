import { z } from 'zod';
import { ALERT_RULES, type AlertSettings, DEFAULT_ALERT_SETTINGS } from '../../domain/alerts/index.ts';
import { getAlertSettingsJson, putAlertSettingsJson } from '../../store/alerts/alerts-store.ts';
import type { Store } from '../../store/open-database.ts';
import { parseOrThrow } from '../validation.ts';

const severity = z.enum(['high', 'medium', 'low']);
const rule = z.enum(ALERT_RULES as [string, ...string[]]);

export const alertSettingsSchema = z
  .object({
    disabled: z.array(rule),
    severity: z.record(rule, severity),
    revisionThreshold: z.number().positive().max(100),
    reviewWaitDays: z.number().int().min(0).max(365),
    escalateAfterDays: z.number().int().min(0).max(365),
    cron: z.string().min(9).max(100),
    timezone: z.string().min(1).max(64),
  })
  .partial()
  .strict();

/** The plan's alert settings, defaults filled in. */
export async function getAlertSettings(store: Store, planId: number): Promise<AlertSettings> {
  const json = await getAlertSettingsJson(store.db, planId);
  const stored = json ? (JSON.parse(json) as Partial<AlertSettings>) : {};
  return { ...DEFAULT_ALERT_SETTINGS, ...stored } as AlertSettings;
}

/** Merges a change into the plan's settings; an invalid cron expression is refused. */
export async function updateAlertSettings(
  store: Store,
  planId: number,
  change: unknown,
  now = new Date().toISOString(),
): Promise<AlertSettings> {
  const parsed = parseOrThrow(alertSettingsSchema, change, 'alert settings');
  if (parsed.cron) {
    const { Cron } = await import('croner');
    try {
      new Cron(parsed.cron, {
        paused: true,
        timezone: parsed.timezone ?? DEFAULT_ALERT_SETTINGS.timezone,
      }).stop();
    } catch (error) {
      const { AppError } = await import('../../errors/app-error.ts');
      throw new AppError('VALIDATION_FAILED', `cron 表达式无效 (invalid cron): ${(error as Error).message}`, {
        field: 'cron',
      });
    }
  }
  const json = await getAlertSettingsJson(store.db, planId);
  const merged = { ...(json ? JSON.parse(json) : {}), ...parsed };
  await putAlertSettingsJson(store.db, planId, JSON.stringify(merged), now);
  return { ...DEFAULT_ALERT_SETTINGS, ...merged } as AlertSettings;
}

import type { Store } from '../../store/open-database.ts';
import { enqueueAlertNotifications } from '../notifications/delivery-queue.ts';
import { type EvaluateOptions, type EvaluationResult, evaluatePlanAlerts } from './evaluate-plan-alerts.ts';

/**
 * Evaluates a plan's alerts and, in the same transaction, queues the notifications of what
 * changed (delivered by `notify flush` or the scheduler). Every trigger — the CLI, the schedule,
 * a data change — goes through here.
 */
export function evaluateAndNotify(
  store: Store,
  planId: number,
  options: Omit<EvaluateOptions, 'onEvents'> = {},
): Promise<EvaluationResult> {
  return evaluatePlanAlerts(store, planId, {
    ...options,
    onEvents: async (tx, events, now) => {
      await enqueueAlertNotifications(tx, events, now);
    },
  });
}

import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** One alert; `holds_key` = 1 while it stands for its condition (see migration 0009). */
export interface AlertsTable {
  id: Id;
  plan_id: number;
  condition_key: string;
  rule: string;
  severity: string;
  state: string;
  holds_key: Defaulted<number>;
  item_type: string;
  item_id: number;
  item_name: string;
  department: string | null;
  message_json: string;
  opened_at: string;
  last_seen_at: string;
  acknowledged_at: Defaulted<string | null>;
  acknowledged_by: Defaulted<string | null>;
  acknowledge_note: Defaulted<string | null>;
  resolved_at: Defaulted<string | null>;
  closed_at: Defaulted<string | null>;
  closed_by: Defaulted<string | null>;
  close_reason: Defaulted<string | null>;
  escalation_level: Defaulted<number>;
  reopen_count: Defaulted<number>;
}

export interface AlertEventsTable {
  id: Id;
  alert_id: number;
  kind: string;
  at: string;
  actor: string | null;
  note: string | null;
  details_json: string | null;
}

export interface AlertSettingsTable {
  plan_id: number;
  settings_json: string;
  updated_at: string;
  last_evaluated_at: Defaulted<string | null>;
}

export interface NotificationChannelsTable {
  id: Id;
  name: string;
  kind: string;
  url: string;
  /** AES-256-GCM, `v1:iv:tag:ciphertext` in base64; never leaves the server. */
  secret_encrypted: string | null;
  settings_json: string | null;
  enabled: Defaulted<number>;
  created_at: string;
  created_by: string | null;
  deleted_at: Defaulted<string | null>;
}

export interface NotificationSubscriptionsTable {
  id: Id;
  channel_id: number;
  plan_id: number | null;
  user_name: string | null;
  department: string | null;
  min_severity: string;
  digest: Defaulted<number>;
  quiet_start: string | null;
  quiet_end: string | null;
  created_at: string;
}

export interface NotificationDeliveriesTable {
  id: Id;
  channel_id: number;
  subscription_id: number | null;
  alert_id: number | null;
  kind: string;
  dedupe_key: string;
  payload_json: string;
  status: string;
  attempts: Defaulted<number>;
  next_attempt_at: string;
  claimed_at: Defaulted<string | null>;
  last_error: Defaulted<string | null>;
  created_at: string;
  sent_at: Defaulted<string | null>;
}

export interface DeliveryAttemptsTable {
  id: Id;
  delivery_id: number;
  attempted_at: string;
  ok: number;
  status_code: number | null;
  error: string | null;
}

export interface AlertTables {
  alerts: AlertsTable;
  alert_events: AlertEventsTable;
  alert_settings: AlertSettingsTable;
  notification_channels: NotificationChannelsTable;
  notification_subscriptions: NotificationSubscriptionsTable;
  notification_deliveries: NotificationDeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
}

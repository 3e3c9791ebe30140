export * from './alert.types.ts';
export { escalationLevel, evaluateAlertRules, RULE_SEVERITY } from './evaluate-rules.ts';
export * from './notification-policy.ts';

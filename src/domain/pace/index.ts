export type { ComputePaceOptions, PaceMethod, PaceObservation, PaceResult } from './compute-pace.ts';
export { computePace, elapsedShare } from './compute-pace.ts';
export type { RunningTotals } from './running-totals.ts';
export { PERIOD_SPAN, runningTotals } from './running-totals.ts';

export type { ComputePaceOptions, PaceMethod, PaceObservation, PaceResult } from './compute-pace.ts';
export { computePace, elapsedShare } from './compute-pace.ts';

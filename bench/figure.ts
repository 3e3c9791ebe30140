/** One benchmark figure beside the baseline measured in the same run on the same data. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the baseline is. */
  baseline: string;
  baselineValue: number;
  /** figure / baseline, higher better (time-based figures are inverted: baseline / figure). */
  ratio: number;
  note: string;
}

export interface BenchConfig {
  quick: boolean;
  regions: number;
  indicators: number;
  months: number;
  /** Scratch directory, removed after the run. */
  dir: string;
  pgUrl: string;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A figure where more is better (rows/s, req/s, MB/s). */
export function higherBetter(f: Omit<Figure, 'ratio'>): Figure {
  return {
    ...f,
    value: round(f.value),
    baselineValue: round(f.baselineValue),
    ratio: round(f.value / f.baselineValue),
  };
}

/** A figure where less is better (ms, KB, MB): the ratio is baseline / figure. */
export function lowerBetter(f: Omit<Figure, 'ratio'>): Figure {
  return {
    ...f,
    value: round(f.value),
    baselineValue: round(f.baselineValue),
    ratio: round(f.baselineValue / f.value),
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds of each of `runs` calls (after one warm-up call). */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

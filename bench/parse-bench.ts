import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/parse/decode-document.ts';
import { parsePlanText } from '../src/parse/parse-plan-text.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const SAMPLE = new URL('../examples/shanghai-2026-plan-report.txt', import.meta.url);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Parser speed: the sample report's parse time after warm-up (median of 50), decode + parse of
 * its bytes, and throughput on a ~1 MB input made of the sample repeated.
 */
export async function benchParse(): Promise<BenchResult[]> {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const text = new TextDecoder().decode(bytes);
  for (let i = 0; i < 20; i++) parsePlanText(text);
  const sampleMs = median(timeRuns(50, () => parsePlanText(text)));

  const decodeTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const decoded = await decodeDocument(bytes, 'sample.txt');
    parsePlanText(decoded.text);
    decodeTimes.push(performance.now() - t0);
  }

  const copies = Math.max(1, Math.round((1024 * 1024) / bytes.length));
  const large = Array.from({ length: copies }, () => text).join('\n\n');
  const largeBytes = new TextEncoder().encode(large).length;
  parsePlanText(large);
  const largeMs = median(timeRuns(5, () => parsePlanText(large)));
  // Baseline: the least any parser of this text must do — decode it, split it into lines and find
  // every number with one regex — measured on the same input in the same run.
  const largeEncoded = new TextEncoder().encode(large);
  const baselineMs = median(
    timeRuns(5, () => {
      const t = new TextDecoder().decode(largeEncoded);
      let n = 0;
      for (const line of t.split('\n')) n += line.match(/[0-9０-９.]+/g)?.length ?? 0;
      if (n < 0) throw new Error('unreachable');
    }),
  );
  const doc = parsePlanText(text);
  return [
    {
      name: 'parse sample report',
      value: round(sampleMs),
      unit: 'ms',
      note: `median of 50 after warm-up; ${bytes.length} bytes, ${doc.indicators.length} indicators, ${doc.commitments.length} commitments, ${doc.projects.length} projects`,
    },
    {
      name: 'decode + parse sample report',
      value: round(median(decodeTimes)),
      unit: 'ms',
      note: 'median of 20',
    },
    {
      name: 'parse throughput',
      value: round(largeBytes / 1e6 / (largeMs / 1000)),
      unit: 'MB/s',
      note: `${copies} copies of the sample, ${(largeBytes / 1e6).toFixed(2)} MB UTF-8, median of 5`,
    },
    {
      name: 'baseline: decode + split lines + number regex',
      value: round(largeBytes / 1e6 / (baselineMs / 1000)),
      unit: 'MB/s',
      note: 'same input, same run',
    },
    { name: 'parser / baseline time', value: round(largeMs / baselineMs), unit: '×' },
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * `npm run bench`: performance figures, each beside a baseline measured in the same run on the
 * same machine, so the ratio means something wherever it runs. No figure here is asserted.
 */
interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

type Bench = { title: string; load: () => Promise<() => Promise<Figure[]>> };

const benches: Bench[] = [
  { title: '文档解析 (document parser)', load: async () => (await import('./parse-bench.ts')).benchParse },
  {
    title: '数据导入 (observation import)',
    load: async () => (await import('./import-bench.ts')).benchImport,
  },
  { title: '规划评估 (assessment)', load: async () => (await import('./assess-bench.ts')).benchAssess },
];

const only = process.argv[2];
for (const bench of benches) {
  if (only && !bench.title.includes(only)) continue;
  process.stdout.write(`\n## ${bench.title}\n`);
  try {
    const run = await bench.load();
    for (const f of await run()) {
      const value = Number.isInteger(f.value) ? f.value.toString() : f.value.toFixed(3);
      process.stdout.write(
        `${f.name.padEnd(48)} ${value.padStart(14)} ${f.unit}${f.note ? `   (${f.note})` : ''}\n`,
      );
    }
  } catch (error) {
    process.stdout.write(`skipped: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

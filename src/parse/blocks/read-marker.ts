import { parseNumber } from '../../domain/numbers/parse-number.ts';
import type { Marker } from './block.types.ts';

const MARKERS: Array<[RegExp, Marker['level']]> = [
  [/^第([一二三四五六七八九十百]{1,3})[章部分篇]\s*/, 'chapter'],
  [/^第([一二三四五六七八九十]{1,3})节\s*/, 'item'],
  [/^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/, 'part'],
  [/^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/, 'section'],
  [/^(\d{1,2})\s*[、．.](?!\d)\s*/, 'item'],
  [/^[(（]\s*(\d{1,2})\s*[)）]\s*/, 'item'],
];

/** Reads a leading heading marker (一、 · (一) · 1. · (1) · 第一章) at `offset` in `text`. */
export function readMarker(line: string, offset: number): Marker | null {
  const lead = /^\s*(?:#{1,6}\s*)?/.exec(line)?.[0].length ?? 0;
  const rest = line.slice(lead);
  for (const [re, level] of MARKERS) {
    const m = re.exec(rest);
    if (!m) continue;
    const n = parseNumber(m[1]);
    if (n === null || n <= 0) continue;
    return { level, number: n, end: offset + lead + m[0].length };
  }
  return null;
}

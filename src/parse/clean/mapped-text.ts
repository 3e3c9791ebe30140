import type { Span } from '../../domain/plan-document.types.ts';

/**
 * Text produced by a cleaning step together with, for every character, the range of the
 * original text it came from. Spans found on the cleaned text map back through it, so every
 * stage after cleaning works on clean text and still reports original offsets.
 */
export interface MappedText {
  text: string;
  /** Original index where cleaned character i starts. */
  starts: Int32Array;
  /** Original index just after the source of cleaned character i. */
  ends: Int32Array;
}

/** Replace `[start, end)` of the current text; an empty replacement deletes. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function identityMapped(text: string): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) starts[i] = i;
  ends.set(starts.subarray(1));
  if (n > 0) ends[n - 1] = n;
  return { text, starts, ends };
}

/**
 * Applies sorted, non-overlapping edits. A replacement of the same length maps character for
 * character (full-width → ASCII, traditional → simplified); any other replacement maps each of
 * its characters to the whole replaced range, so a span through it still covers its source.
 * Linear: the kept runs are copied as typed-array blocks.
 */
export function applyEdits(src: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return src;
  const valid: Edit[] = [];
  let length = src.text.length;
  let last = 0;
  for (const edit of edits) {
    if (edit.start < last || edit.end < edit.start || edit.end > src.text.length) continue;
    valid.push(edit);
    length += edit.replacement.length - (edit.end - edit.start);
    last = edit.end;
  }
  const parts: string[] = [];
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let out = 0;
  let at = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(src.text.slice(from, to));
    starts.set(src.starts.subarray(from, to), out);
    ends.set(src.ends.subarray(from, to), out);
    out += to - from;
  };
  for (const edit of valid) {
    keep(at, edit.start);
    const r = edit.replacement;
    if (r.length > 0) {
      parts.push(r);
      if (r.length === edit.end - edit.start) {
        starts.set(src.starts.subarray(edit.start, edit.end), out);
        ends.set(src.ends.subarray(edit.start, edit.end), out);
      } else {
        const from = Math.min(edit.start, src.text.length - 1);
        const to = Math.max(edit.start, edit.end - 1);
        starts.fill(src.starts[from] ?? 0, out, out + r.length);
        ends.fill(src.ends[Math.min(to, src.text.length - 1)] ?? 0, out, out + r.length);
      }
      out += r.length;
    }
    at = edit.end;
  }
  keep(at, src.text.length);
  return { text: parts.join(''), starts, ends };
}

/** Replaces the text by one of the same length (the mapping is unchanged). */
export function withSameLengthText(src: MappedText, text: string): MappedText {
  return text.length === src.text.length ? { ...src, text } : src;
}

/** The original span of cleaned `[start, end)`; an empty range maps to an empty span. */
export function toOriginalSpan(m: MappedText, start: number, end: number): Span {
  const n = m.text.length;
  if (n === 0) return [0, 0];
  const s = Math.max(0, Math.min(start, n - 1));
  if (end <= start) {
    const at = start >= n ? m.ends[n - 1] : m.starts[s];
    return [at, at];
  }
  const e = Math.max(s, Math.min(end - 1, n - 1));
  return [m.starts[s], Math.max(m.starts[s], m.ends[e])];
}

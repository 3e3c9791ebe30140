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
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/**
 * Applies sorted, non-overlapping edits. A replacement of the same length maps character for
 * character (full-width → ASCII, traditional → simplified); any other replacement maps each of
 * its characters to the whole replaced range, so a span through it still covers its source.
 */
export function applyEdits(src: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return src;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(src.text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(src.starts[i]);
      ends.push(src.ends[i]);
    }
  };
  for (const edit of edits) {
    if (edit.start < at || edit.end < edit.start || edit.end > src.text.length) continue;
    keep(at, edit.start);
    const r = edit.replacement;
    if (r.length > 0) {
      parts.push(r);
      const same = r.length === edit.end - edit.start;
      for (let k = 0; k < r.length; k++) {
        if (same) {
          starts.push(src.starts[edit.start + k]);
          ends.push(src.ends[edit.start + k]);
        } else {
          const from = Math.min(edit.start, src.text.length - 1);
          const to = Math.max(edit.start, edit.end - 1);
          starts.push(src.starts[from] ?? 0);
          ends.push(src.ends[Math.min(to, src.text.length - 1)] ?? 0);
        }
      }
    }
    at = edit.end;
  }
  keep(at, src.text.length);
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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

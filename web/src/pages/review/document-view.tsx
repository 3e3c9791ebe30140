import { forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import type { Span } from '../../api/types.ts';
import { highlightSegments } from './highlight-segments.ts';
import type { ReviewItem } from './review-items.ts';

export interface DocumentViewHandle {
  /** Scrolls to an item's first run and flashes all its runs. */
  reveal: (key: string) => void;
  /** Scrolls to the runs of a span of the text (a parser note's place) and flashes them. */
  revealSpan: (span: Span) => void;
}

export interface DocumentViewProps {
  text: string;
  items: ReviewItem[];
  activeKey: string | null;
  onItemClick: (key: string) => void;
  /** A non-empty text selection, as a span into `text`. */
  onSelect: (span: Span, text: string) => void;
}

/** The text offset of a DOM selection point inside the view (runs carry their start in data-s). */
function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-s]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.s) + offset;
  }
  if (node instanceof HTMLElement) {
    if (node === root) {
      const child = root.children[offset] as HTMLElement | undefined;
      if (child?.dataset.s) return Number(child.dataset.s);
      const last = root.lastElementChild as HTMLElement | null;
      return last?.dataset.e ? Number(last.dataset.e) : null;
    }
    const run = node.closest<HTMLElement>('[data-s]');
    if (!run || !root.contains(run)) return null;
    return offset === 0 ? Number(run.dataset.s) : Number(run.dataset.e);
  }
  return null;
}

interface RunsProps {
  text: string;
  items: ReviewItem[];
}

/** The runs themselves; memoised so selecting an item doesn't re-render 1,000 spans. */
const Runs = memo(function Runs({ text, items }: RunsProps) {
  const segments = useMemo(() => highlightSegments(text.length, items), [text, items]);
  return (
    <>
      {segments.map((s) => (
        <span
          key={s.start}
          data-s={s.start}
          data-e={s.end}
          data-items={s.items.length ? s.items.join(' ') : undefined}
          data-anchors={s.anchors.length ? s.anchors.join(' ') : undefined}
          data-top={s.top ?? undefined}
          className={s.types.length ? `pw-hl ${s.types.map((t) => `pw-hl-${t}`).join(' ')}` : undefined}
        >
          {text.slice(s.start, s.end)}
        </span>
      ))}
    </>
  );
});

/** The document text with every recognised item highlighted by type. */
export const DocumentView = forwardRef<DocumentViewHandle, DocumentViewProps>(function DocumentView(
  { text, items, activeKey, onItemClick, onSelect },
  ref,
) {
  const root = useRef<HTMLDivElement>(null);

  /** Scrolls only this view (scrollIntoView would also move the page) and flashes the runs. */
  function show(first: HTMLElement | null, runs: Iterable<HTMLElement>) {
    const el = root.current;
    if (!el) return;
    if (first) {
      const top =
        first.getBoundingClientRect().top -
        el.getBoundingClientRect().top +
        el.scrollTop -
        el.clientHeight / 3;
      el.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
    const shown = [...runs];
    for (const run of shown) {
      run.classList.remove('pw-flash');
      // Restart the animation on a second click.
      void run.offsetWidth;
      run.classList.add('pw-flash');
    }
    window.setTimeout(() => {
      for (const run of shown) run.classList.remove('pw-flash');
    }, 1700);
  }

  useImperativeHandle(ref, () => ({
    reveal(key: string) {
      const el = root.current;
      if (!el) return;
      show(
        el.querySelector<HTMLElement>(`[data-anchors~="${key}"]`),
        el.querySelectorAll<HTMLElement>(`[data-items~="${key}"]`),
      );
    },
    revealSpan([start, end]: Span) {
      const el = root.current;
      if (!el) return;
      const runs = [...el.querySelectorAll<HTMLElement>('[data-s]')].filter(
        (run) => Number(run.dataset.s) < Math.max(end, start + 1) && Number(run.dataset.e) > start,
      );
      show(runs[0] ?? null, runs);
    },
  }));

  function handleMouseUp() {
    const el = root.current;
    const selection = window.getSelection();
    if (!el || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset, el);
    const end = offsetOf(range.endContainer, range.endOffset, el);
    if (start === null || end === null || end <= start) return;
    const selected = text.slice(start, end);
    if (selected.trim()) onSelect([start, end], selected);
  }

  function handleClick(event: React.MouseEvent) {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const run = (event.target as HTMLElement).closest<HTMLElement>('[data-top]');
    if (run?.dataset.top) onItemClick(run.dataset.top);
  }

  return (
    <div
      ref={root}
      className="pw-doc"
      style={{ height: 'calc(100vh - 250px)', minHeight: 320, overflow: 'auto', padding: '8px 12px' }}
      data-testid="document-view"
      data-active={activeKey ?? undefined}
      onMouseUp={handleMouseUp}
      onClick={handleClick}
      onKeyUp={handleMouseUp}
      role="document"
    >
      <Runs text={text} items={items} />
    </div>
  );
});

/** Offsets in this stage and after are into the cleaned text; spans are mapped back at the end. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  cells: Cell[];
  start: number;
  end: number;
}

export type MarkerLevel = 'chapter' | 'part' | 'section' | 'item';

export interface Marker {
  level: MarkerLevel;
  number: number;
  /** Offset just after the marker (and its punctuation). */
  end: number;
}

export type Block =
  | { kind: 'heading'; start: number; end: number; text: string; marker: Marker | null; caption: boolean }
  | { kind: 'paragraph'; start: number; end: number; text: string; marker: Marker | null }
  | { kind: 'table'; start: number; end: number; rows: TableRow[] };

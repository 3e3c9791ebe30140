import type { Block } from '../blocks/block.types.ts';
import { roleOfTitle } from './find-parts.ts';
import { type Piece, sentences, splitPieces } from './split-text.ts';

export interface FoundMeasure {
  text: string;
  start: number;
  end: number;
}

export interface FoundTask {
  title: string;
  /** Where the title is written, when not at `start` (a task titled by its section). */
  titleStart?: number;
  start: number;
  end: number;
  measures: FoundMeasure[];
}

export interface FoundSection {
  number: number;
  title: string;
  /** Where the title starts (after the marker). */
  titleStart: number;
  start: number;
  end: number;
  tasks: FoundTask[];
}

// Verbs a headline task commonly opens with (着力扩大有效投资, 加快建设…, 推动…).
const TASK_LEAD =
  /^(?:着力|加快|推动|促进|深化|提升|加强|强化|持续|全面|大力|积极|扎实|稳步|不断|坚持|完善|健全|优化|扩大|深入|实施|建设|打造|培育|推进|聚焦|统筹|筑牢|守牢|做强|做优|做大|激发|增强|保障|防范|支持)/;
const MAX_TITLE = 32;

function isTitleSentence(s: Piece): boolean {
  return s.text.length <= MAX_TITLE && (s.text.match(/[,，]/g)?.length ?? 0) <= 1 && !/\d/.test(s.text);
}

/**
 * Sections (一)…(八) of the tasks part → headline tasks (the lead sentence of a paragraph, set in
 * bold in print) → measure sentences. A section heading may run into its first task in the same
 * paragraph: "(五)标题,副标题。任务标题。措施…" or "(一)标题,副标题,着力任务。措施…".
 */
export function readSections(blocks: Block[], text: string): FoundSection[] {
  const out: FoundSection[] = [];
  let section: FoundSection | null = null;
  let task: FoundTask | null = null;
  const pendingRunIn: Array<{ section: FoundSection; heading: Piece }> = [];
  const hasSections = blocks.some((b) => b.kind !== 'table' && b.marker?.level === 'section');
  const sectionLevel = sectionLevelOf(blocks, hasSections);
  const isSection = (b: Block): boolean =>
    b.kind !== 'table' &&
    b.marker !== null &&
    (sectionLevel === 'dot'
      ? b.marker.level === 'item' && isDotItem(b.text)
      : b.marker.level === sectionLevel);
  // Parts numbered afresh after a "三、主要任务" heading group the sections: they do not end them.
  let nested = -1;
  // 第二篇 above 第三章: the 篇 of an outline group its chapters, which are the sections.
  const volumes = sectionLevel === 'chapter' && blocks.some((b) => b.kind === 'heading' && isChapter(b.text));
  // A 专栏 box (专栏2 科技创新重大工程) lists what its caption says: every line is a measure.
  let inBox = false;
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    const m = b.marker;
    if (b.kind === 'heading') inBox = false;
    // "各位代表！让我们…": the closing address ends the tasks.
    if (b.kind === 'paragraph' && CLOSING.test(b.text)) {
      section = null;
      task = null;
      continue;
    }
    if (volumes && b.kind === 'heading' && isVolume(b.text)) {
      section = null;
      task = null;
      continue;
    }
    if (b.kind === 'heading' && m?.level === 'part' && sectionLevel !== 'part') {
      if (roleOfTitle(b.text) === 'tasks') nested = 0;
      else if (nested >= 0 && m.number === nested + 1) {
        nested = m.number;
        section = null;
        task = null;
        continue;
      }
    }
    if (m && isSection(b)) {
      const body = bodyAfterMarker(b.start, b.end, m.end, text);
      section = {
        number: m.number,
        title: '',
        titleStart: body.start,
        start: b.start,
        end: b.end,
        tasks: [],
      };
      out.push(section);
      task = null;
      if (b.kind === 'heading') {
        section.title = stripEnd(body.text);
        continue;
      }
      const ss = sentences(body);
      if (ss.length === 0) continue;
      section.title = ss[0].text;
      section.titleStart = ss[0].start;
      const rest = ss.slice(1);
      if (rest.length > 1 && isTitleSentence(rest[0])) {
        task = newTask(rest[0], rest.slice(1));
        section.tasks.push(task);
      } else {
        task = newTask(ss[0], rest);
        section.tasks.push(task);
        pendingRunIn.push({ section, heading: ss[0] });
      }
      continue;
    }
    if (!section) continue;
    section.end = b.end;
    if (b.kind === 'heading') {
      if (m && (m.level === 'part' || (m.level === 'chapter' && hasSections))) break;
      task = newTask(bodyAfterMarker(b.start, b.end, m?.end ?? b.start, text), []);
      task.title = stripEnd(task.title.replace(/^#{1,6}\s*/, ''));
      section.tasks.push(task);
      inBox = b.caption && BOX.test(b.text);
      continue;
    }
    if (inBox && task) {
      const lines = sentences({ text: b.text, start: b.start, end: b.end });
      task.measures.push(...lines.map(toMeasure));
      task.end = b.end;
      continue;
    }
    const body = m
      ? bodyAfterMarker(b.start, b.end, m.end, text)
      : { text: b.text, start: b.start, end: b.end };
    const ss = sentences(body);
    if (ss.length === 0) continue;
    // "1.新增普惠托位2000个，…。": a numbered statement of figures (a 民生实事 list) is a
    // measure of the task that announced the list, not a task of its own.
    const numberedMeasure = m?.level === 'item' && ss.length === 1 && !isTitleSentence(ss[0]);
    if (numberedMeasure) {
      if (!task) {
        task = sectionTask(section, b.start);
        section.tasks.push(task);
      }
      task.measures.push(...ss.map(toMeasure));
      task.end = ss[ss.length - 1].end;
    } else if (m || isTitleSentence(ss[0])) {
      task = newTask(ss[0], ss.slice(1));
      section.tasks.push(task);
    } else if (!task) {
      // Measures without a lead sentence: the section itself is the task.
      task = sectionTask(section, b.start);
      task.measures.push(...ss.map(toMeasure));
      task.end = ss[ss.length - 1].end;
      section.tasks.push(task);
    } else {
      task.measures.push(...ss.map(toMeasure));
      task.end = b.end;
    }
  }
  for (const { section: s, heading } of pendingRunIn) splitRunInHeading(s, heading);
  return out;
}

type SectionLevel = 'chapter' | 'part' | 'section' | 'dot';

const CLOSING = /^(?:各位代表|各位委员|同志们)\s*[,，!！:：]/;
const BOX = /^\s*(?:#{1,6}\s*)?专栏/;
const VOLUME = /^\s*(?:#{1,6}\s*)?第[一二三四五六七八九十]{1,3}篇/;
const CHAPTER = /^\s*(?:#{1,6}\s*)?第[一二三四五六七八九十百]{1,3}章/;
const isVolume = (t: string) => VOLUME.test(t);
const isChapter = (t: string) => CHAPTER.test(t);

/**
 * Which numbering marks the sections: (一) as a rule; 一、 when the numbered parts are themselves
 * the task areas (no "主要任务" part heading above them); 1. in county reports without (一);
 * 第五章 in five-year outlines (with 节 instead of lead sentences).
 */
function sectionLevelOf(blocks: Block[], hasSections: boolean): SectionLevel {
  const marked = blocks.flatMap((b) => (b.kind !== 'table' && b.marker !== null ? [b] : []));
  const parts = marked.filter((b) => b.kind === 'heading' && b.marker?.level === 'part');
  const tasksHeading = parts.some((b) => roleOfTitle(b.text) === 'tasks');
  const areaParts = parts.length > 0 && !tasksHeading;
  if (hasSections) return areaParts ? 'part' : 'section';
  if (marked.some((b) => b.marker?.level === 'chapter')) return 'chapter';
  if (marked.some((b) => b.kind === 'heading' && b.marker?.level === 'item' && isDotItem(b.text)))
    return 'dot';
  return areaParts ? 'part' : 'chapter';
}

/** "1.标题" (not "（1）" nor "第一节"): the county-report section numbering. */
function isDotItem(text: string): boolean {
  return /^\s*(?:#{1,6}\s*)?\d{1,2}\s*[、．.]/.test(text);
}

/** "(一)标题,副标题,着力任务。" → heading "标题,副标题" and first task "着力任务". */
function splitRunInHeading(section: FoundSection, heading: Piece): void {
  const parts = splitPieces(heading.text, heading.start, /[,，]/);
  if (parts.length < 3) return;
  const last = parts[parts.length - 1];
  const siblingLeads = new Set(section.tasks.slice(1).map((t) => t.title.slice(0, 2)));
  if (!siblingLeads.has(last.text.slice(0, 2)) || !TASK_LEAD.test(last.text)) return;
  section.title = heading.text.slice(0, parts[parts.length - 2].end - heading.start);
  const first = section.tasks[0];
  if (first && first.start === heading.start) {
    first.title = last.text;
    first.start = last.start;
    first.end = Math.max(first.end, last.end);
  }
}

/** The task a section is when its measures have no lead sentence: titled as the section. */
function sectionTask(section: FoundSection, at: number): FoundTask {
  return { ...newTask({ text: section.title, start: at, end: at }, []), titleStart: section.titleStart };
}

function newTask(title: Piece, measures: Piece[]): FoundTask {
  const end = measures.length > 0 ? measures[measures.length - 1].end : title.end;
  return { title: stripEnd(title.text), start: title.start, end, measures: measures.map(toMeasure) };
}

function toMeasure(p: Piece): FoundMeasure {
  return { text: p.text, start: p.start, end: p.end };
}

function stripEnd(s: string): string {
  return s.replace(/^#{1,6}\s*/, '').replace(/[。；;:：\s]+$/, '');
}

function bodyAfterMarker(start: number, end: number, markerEnd: number, text: string): Piece {
  const from = Math.min(Math.max(start, markerEnd), end);
  const raw = text.slice(from, end);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: from + lead, end: from + lead + raw.trim().length };
}

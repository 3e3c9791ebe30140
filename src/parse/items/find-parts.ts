import type { Block } from '../blocks/block.types.ts';

export type PartRole = 'execution' | 'targets' | 'tasks' | 'other';

// An outline opens with 第一章 发展基础 (…和发展环境): the five years behind it, reviewed.
const EXECUTION =
  /执行情况|完成情况|(?:建设|推进|实施|运行|进展)情况|回顾|过去一年|过去五年|工作总结|主要成效|主要成就|取得的成[绩效就]|总体情况|发展基础/;
const TASKS =
  /主要任务|重点任务|任务和措施|任务与措施|重点工作|(?:工作|建设|计划|年度)安排|主要工作|重点举措|工作任务|政策措施|主要举措/;
const TARGETS = /总体要求|主要目标|预期目标|发展目标|指导思想|目标任务/;

/** A paragraph that introduces the main targets: 主要目标为(见表五): · 主要预期目标是: */
export const TARGETS_INTRO =
  /(?:主要|预期|发展)(?:经济社会发展|经济和社会发展)?的?(?:预期|奋斗)?(?:目标|指标)(?:任务)?(?:是|为|如下|建议为|安排为|确定为)?\s*(?:[(（][^)）]{1,12}[)）])?\s*[:：]|主要(?:预期|奋斗)?目标(?:是|为)/;

/**
 * The role of each block: the execution review, the targets, the tasks. From part headings
 * (一、…执行情况 · 二、…主要目标 · 三、…主要任务和措施) where they say so; otherwise by
 * position around the first targets paragraph or table.
 */
export function assignRoles(blocks: Block[], firstTargets: number): PartRole[] {
  const roles: Array<PartRole | null> = [];
  let current: PartRole | null = null;
  // "三、2026年主要任务" followed by "一、…" "二、…": part headings numbered afresh inside the
  // tasks part are its groups, not new parts.
  let nested = -1;
  for (const b of blocks) {
    const level = b.kind === 'table' ? null : b.marker?.level;
    const number = b.kind === 'table' ? 0 : (b.marker?.number ?? 0);
    if (b.kind === 'heading' && level === 'part' && current === 'tasks' && nested >= 0) {
      const role = roleOfTitle(b.text);
      if (role === 'other' && number === nested + 1) nested = number;
      else {
        current = role;
        nested = role === 'tasks' ? 0 : -1;
      }
    } else if (b.kind === 'heading' && (level === 'part' || level === 'chapter')) {
      current = roleOfTitle(b.text);
      nested = current === 'tasks' && level === 'part' ? 0 : -1;
    }
    // "一、2025年工作回顾过去一年，…": a part heading run into its first paragraph.
    else if (b.kind === 'paragraph' && level === 'part')
      current = roleOfTitle(b.text.slice(0, 30).split(/[，,。；;：:]/)[0]);
    else if (b.kind === 'heading' && !b.marker && !b.caption && TASKS.test(b.text)) current = 'tasks';
    roles.push(current);
  }
  // With neither a targets block nor a tasks heading, the numbered parts are the task areas.
  const untitled = firstTargets < 0 && !roles.includes('tasks');
  return roles.map((r, i) => {
    if (r !== null && r !== 'other') return r;
    if (firstTargets < 0) return r === 'other' && !untitled ? 'other' : 'tasks';
    return i < firstTargets ? 'execution' : i === firstTargets ? 'targets' : 'tasks';
  });
}

export function roleOfTitle(title: string): PartRole {
  if (EXECUTION.test(title)) return 'execution';
  if (TASKS.test(title)) return 'tasks';
  if (TARGETS.test(title)) return 'targets';
  return 'other';
}

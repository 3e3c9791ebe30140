import type { Command } from 'commander';
import { assignItem, suggestAssignments } from '../../services/collection/departments/assign-items.ts';
import {
  createDepartment,
  findDepartment,
  listDepartments,
  removeDepartment,
  seedDepartments,
} from '../../services/collection/departments/manage-departments.ts';
import { assertItemType } from '../../services/collection/departments/plan-items.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';

export function registerDepartmentsCommand(program: Command): void {
  const departments = program
    .command('departments')
    .description('牵头单位与任务分工 (departments and assignments)');

  departments
    .command('list')
    .description('部门列表 (list departments)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withStore(listDepartments);
      if (opts.json) return printJson({ departments: rows });
      process.stdout.write(
        `${formatTable(
          ['编号', '名称', '关键词'],
          rows.map((d) => [String(d.id), d.name, d.keywords.join('、')]),
          [0, 0, 50],
        )}\n`,
      );
    });

  departments
    .command('seed')
    .description('添加常用委办局 (add the starter list of city departments)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const added = await withStore(seedDepartments);
      if (opts.json) return printJson({ added });
      process.stdout.write(`已添加 ${added} 个部门\n`);
    });

  departments
    .command('add')
    .argument('<name>', 'department name, e.g. 发展改革委')
    .option('--kind <kind>', 'bureau | district', 'bureau')
    .option('--keywords <list>', 'comma-separated keywords that suggest this department')
    .option('--json', 'machine-readable output')
    .action(async (name: string, opts: { kind: string; keywords?: string; json?: boolean }) => {
      const d = await withStore((store) =>
        createDepartment(store, {
          name,
          kind: opts.kind,
          keywords: opts.keywords?.split(/[,，、]/).filter(Boolean),
        }),
      );
      if (opts.json) return printJson(d);
      process.stdout.write(`已添加部门 ${d.id} ${d.name}\n`);
    });

  departments
    .command('remove')
    .argument('<idOrName>', 'department id or name')
    .description('停用部门：仍有分工时拒绝，除非改派 (remove a department; refused while it has assignments)')
    .option('--reassign-to <idOrName>', 'move its assignments to this department first')
    .option('--json', 'machine-readable output')
    .action(async (idOrName: string, opts: { reassignTo?: string; json?: boolean }) => {
      const result = await withStore(async (store) => {
        const department = await findDepartment(store, idOrName);
        const target = opts.reassignTo ? await findDepartment(store, opts.reassignTo) : null;
        const removed = await removeDepartment(store, department.id, { reassignTo: target?.id ?? null });
        return { id: department.id, name: department.name, reassignedTo: target?.name ?? null, ...removed };
      });
      if (opts.json) return printJson(result);
      process.stdout.write(
        `已停用部门 ${result.name}${result.reassigned ? `，${result.reassigned} 项分工改派给 ${result.reassignedTo}` : ''}\n`,
      );
    });

  departments
    .command('assign')
    .description('分配牵头/配合单位 (assign an item to a department)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--type <type>', 'indicator | measure | commitment | project')
    .requiredOption('--item <id>', 'item id')
    .requiredOption('--department <idOrName>', 'department id or name')
    .option('--role <role>', 'lead (牵头) | support (配合)', 'lead')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: {
        plan: string;
        type: string;
        item: string;
        department: string;
        role: string;
        json?: boolean;
      }) => {
        const result = await withStore(async (store) => {
          const department = await findDepartment(store, opts.department);
          return assignItem(store, {
            planId: parseId(opts.plan, '--plan'),
            itemType: assertItemType(opts.type),
            itemId: parseId(opts.item, '--item'),
            departmentId: department.id,
            role: opts.role as 'lead' | 'support',
            by: 'cli',
          });
        });
        if (opts.json) return printJson({ assignments: result });
        process.stdout.write(
          `${result.map((a) => `${a.role === 'lead' ? '牵头' : '配合'} ${a.departmentName}`).join('；')}\n`,
        );
      },
    );

  departments
    .command('suggest')
    .description('按关键词建议未分配条目的牵头单位 (keyword suggestions for unassigned items)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--json', 'machine-readable output')
    .action(async (opts: { plan: string; json?: boolean }) => {
      const rows = await withStore((store) => suggestAssignments(store, parseId(opts.plan, '--plan')));
      if (opts.json) return printJson({ suggestions: rows });
      const table = rows.map((r) => [
        r.item.type,
        String(r.item.id),
        r.item.label,
        r.suggestions.map((s) => s.departmentName).join('、') || '—',
      ]);
      process.stdout.write(`${formatTable(['类型', '编号', '内容', '建议'], table, [0, 0, 40, 30])}\n`);
    });
}

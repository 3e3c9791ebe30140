import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerAllCommands, registerCommands, requestedCommand } from './index.ts';

describe('lazy command registry', () => {
  it('finds the command a command line asks for', () => {
    expect(requestedCommand(['assess', '--plan', '1'])).toBe('assess');
    expect(requestedCommand(['--database', 'sqlite:x.db', 'plans', '--json'])).toBe('plans');
    expect(requestedCommand(['help', 'observations'])).toBe('observations');
    expect(requestedCommand(['help'])).toBe('help');
    expect(requestedCommand(['--help'])).toBeUndefined();
    expect(requestedCommand([])).toBeUndefined();
  });

  it('lists the same top-level commands whether loaded lazily or in full', async () => {
    const lazy = new Command();
    await registerCommands(lazy, ['--help']);
    const full = new Command();
    await registerAllCommands(full);
    expect(lazy.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
  });

  it('registers the asked-for command in full, with its options', async () => {
    const program = new Command();
    await registerCommands(program, ['assess', '--plan', '1']);
    const assess = program.commands.find((c) => c.name() === 'assess');
    expect(assess?.options.map((o) => o.long)).toContain('--as-of');
  });
});

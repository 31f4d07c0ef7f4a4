#!/usr/bin/env node
// bin/moderate: the offline side of the service. Each subcommand lives in its own file and is
// loaded on demand so `screen` does not pay for what `serve` needs.

interface Command {
  summary: string;
  load: () => Promise<{ run(argv: string[]): Promise<number | void> }>;
}

const COMMANDS: Record<string, Command> = {
  screen: { summary: 'screen JSONL comments from stdin, write decisions as JSONL to stdout', load: () => import('./commands/screen.command') },
  eval: { summary: 'precision / recall / F1 of every check on the datasets, next to bad-words and obscenity', load: () => import('./commands/eval.command') },
  bench: { summary: 'engine throughput (comments/s per core) against obscenity and bad-words', load: () => import('./commands/bench.command') },
  train: { summary: 'train the classifier weights from the training files (fixed seed)', load: () => import('./commands/train.command') },
  serve: { summary: 'run api + worker with embedded Postgres and a local redis-server (npm start)', load: () => import('./commands/serve.command') },
  'bench-service': { summary: 'load the running service with autocannon (npm run bench:service)', load: () => import('./commands/bench-service.command') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `usage: moderate <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nmoderate <command> --help for the options of one command\n`;
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`moderate: unknown command '${name}'\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  const mod = await command.load();
  const code = await mod.run(rest);
  if (typeof code === 'number') process.exitCode = code;
}

main().catch((err: unknown) => {
  process.stderr.write(`moderate: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});

import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './project-root';

export type AppName = 'api' | 'worker';

/** Starts dist/apps/<name>/src/main.js and resolves when it reports ready (IPC message). */
export function startApp(name: AppName, env: NodeJS.ProcessEnv, opts: { silent?: boolean; timeoutMs?: number } = {}): Promise<ChildProcess> {
  const entry = path.join(projectRoot(), 'dist/apps', name, 'src/main.js');
  // MODERATE_CPU_PROF=<dir> writes a V8 CPU profile of every child on exit (bench investigations).
  const prof = process.env.MODERATE_CPU_PROF;
  const execArgv = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, `--cpu-prof-name=${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.cpuprofile`] : [];
  // Silent children's output is discarded (not piped: an unread pipe would block their logging).
  const child = fork(entry, [], { env, execArgv, stdio: opts.silent ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not become ready in time`)), opts.timeoutMs ?? 60_000);
    child.once('message', (m: { type?: string }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export function stopApp(child: ChildProcess, graceMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

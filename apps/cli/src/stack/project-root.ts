import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (where package.json is), from dist/ or from sources. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'apps'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

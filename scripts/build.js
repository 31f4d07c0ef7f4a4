#!/usr/bin/env node
// Compiles apps/ and libs/ to dist/ with tsc, rewrites the @app/* path aliases to relative
// requires (tsc-alias), and copies runtime assets (model weights, word lists, console files).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ASSET = /\.(json|html|css|js|svg|txt|ico|png|woff2?)$/;

function copyAssets(dir) {
  const src = path.join(root, dir);
  if (!fs.existsSync(src)) return 0;
  let n = 0;
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) n += copyAssets(rel);
    else if (ASSET.test(entry.name) && !rel.endsWith('.spec.js')) {
      const dest = path.join(root, 'dist', rel);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(path.join(root, rel), dest);
      n++;
    }
  }
  return n;
}

const started = Date.now();
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch {
  process.stderr.write('build: TypeScript reported errors (above)\n');
  process.exit(1);
}
execFileSync(process.execPath, [path.join(root, 'node_modules/tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
const copied = copyAssets('apps') + copyAssets('libs');
process.stderr.write(`build: dist/ ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${copied} assets)\n`);

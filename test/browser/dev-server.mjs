// Starts `npm run dev` (migrations, demo data, wrangler dev) the way a developer does, for the
// browser tests, and stops it with its whole process group.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function startDevServer(port) {
  const child = spawn('node', ['scripts/dev.mjs'], {
    // A fresh local state each run: the tests accept the demo invite.
    env: {
      ...process.env,
      PORT: String(port),
      DEV_STATE_DIR: mkdtempSync(path.join(tmpdir(), 'gateway-dev-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (Date.now() >= deadline) throw new Error(`npm run dev did not become ready:\n${output}`);
  return {
    origin,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
  };
}

/** `npm run token -- <userId>`: the token is on the last line. */
export function devToken(userId) {
  const result = spawnSync('node', ['scripts/token.mjs', userId], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split('\n').at(-1);
}

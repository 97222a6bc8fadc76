// `npm run dev`: applies the local migrations, loads the demo data and starts `wrangler dev` on
// 127.0.0.1:8787, with telemetry off and no prompt.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { demoSql } from './lib/demo-data.mjs';
import { devVars, wranglerEnv } from './lib/dev-env.mjs';

// DEV_STATE_DIR gives a separate local state (the browser tests start from a fresh one).
const persist = process.env.DEV_STATE_DIR ? ['--persist-to', process.env.DEV_STATE_DIR] : [];

function run(args) {
  const result = spawnSync('npx', ['wrangler', ...args], {
    env: wranglerEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

spawnSync('node', ['scripts/copy-graphiql-assets.mjs'], { stdio: 'inherit' });
devVars();
run(['d1', 'migrations', 'apply', 'DB', '--local', ...persist]);
mkdirSync('.wrangler', { recursive: true });
writeFileSync('.wrangler/demo-data.sql', demoSql());
run(['d1', 'execute', 'DB', '--local', ...persist, '--file', '.wrangler/demo-data.sql']);
console.log('Demo data loaded. GraphiQL: http://127.0.0.1:8787/graphql');

const port = process.env.PORT ?? '8787';
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', port, ...persist], {
  env: wranglerEnv,
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));

// `npm run dev`: applies the local migrations, loads the demo data and starts `wrangler dev` on
// 127.0.0.1:$PORT (8787 by default), with telemetry off and no prompt. The set-up steps print one
// line each; their full output goes to .wrangler/dev-setup.log.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { demoSql } from './lib/demo-data.mjs';
import { devVars, wranglerEnv } from './lib/dev-env.mjs';

// DEV_STATE_DIR gives a separate local state (the browser tests start from a fresh one).
const persist = process.env.DEV_STATE_DIR ? ['--persist-to', process.env.DEV_STATE_DIR] : [];
const port = process.env.PORT ?? '8787';
const origin = `http://127.0.0.1:${port}`;
const logFile = '.wrangler/dev-setup.log';
mkdirSync('.wrangler', { recursive: true });
writeFileSync(logFile, `npm run dev set-up, ${new Date().toISOString()}\n`);

/** Runs a set-up step with its output in the log file; on failure, shows that output. */
function step(label, command, args, env = process.env) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', stdio: 'pipe' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n${output}`);
  if (result.status !== 0) {
    console.error(`${label}: failed\n${output}`);
    process.exit(result.status ?? 1);
  }
  console.log(`${label}: done`);
  return output;
}

/** A free local port for the inspector, so two local wranglers never clash on 9229. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

step('GraphiQL assets', 'node', ['scripts/copy-graphiql-assets.mjs']);
devVars();
const migrations = readdirSync('db/migrations').filter((name) => name.endsWith('.sql')).length;
step(
  `Migrations (${migrations} files)`,
  'npx',
  ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', ...persist],
  wranglerEnv,
);
writeFileSync('.wrangler/demo-data.sql', demoSql());
step(
  'Demo data',
  'npx',
  ['wrangler', 'd1', 'execute', 'DB', '--local', ...persist, '--file', '.wrangler/demo-data.sql'],
  wranglerEnv,
);
console.log(`Set-up details: ${logFile}`);
console.log(`GraphiQL: ${origin}/graphql   (a token: npm run token -- usr_demo_ada)`);

const inspectorPort = String(await freePort());
const dev = spawn(
  'npx',
  [
    'wrangler',
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    '--inspector-port',
    inspectorPort,
    // Invite links and other absolute URLs follow the port the gateway listens on.
    '--var',
    `PUBLIC_ORIGIN:${origin}`,
    // Development behaviour (debug SQL, demo tokens, open introspection) only when asked for:
    // the top-level ENVIRONMENT in wrangler.toml is safe by default.
    '--var',
    'ENVIRONMENT:development',
    ...persist,
  ],
  { env: wranglerEnv, stdio: ['ignore', 'inherit', 'inherit'] },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));

import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import {
  TEST_AI_KEY_ENCRYPTION_SECRET,
  TEST_INVITE_TOKEN_SECRET,
  TEST_JWT_SECRET,
} from './test/helpers/secrets.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'db/migrations'));
  return {
    plugins: [
      cloudflareTest({
        main: './src/index.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            JWT_SECRET: TEST_JWT_SECRET,
            AI_KEY_ENCRYPTION_SECRET: TEST_AI_KEY_ENCRYPTION_SECRET,
            INVITE_TOKEN_SECRET: TEST_INVITE_TOKEN_SECRET,
            ENVIRONMENT: 'test',
            // Off for the suite: the local queue would fold every test's records into the
            // analytics tables behind its back (the attack suites check that refused requests
            // write nothing). test/analytics turns it on for the requests it sends.
            ANALYTICS_CAPTURE: 'false',
          },
        },
      }),
    ],
    test: {
      // Each test file gets its own workerd runtime and D1, so files run in parallel safely. Most
      // of a file's time is starting that runtime, not CPU: 4 at once on a 2-core machine keeps
      // both cores busy (vitest's default there is 1 worker, which ran the suite 2.5x slower).
      maxWorkers: 4,
      // A guard against a hung test, not a speed check: four runtimes on two cores can make a
      // heavy test (query plans, the attack suite) take longer than vitest's default 5 s.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // The Worker's structured log lines (JSON, one per event) would bury the report: tests that
      // check them spy on console, which still sees every line.
      onConsoleLog: (log: string) => !log.startsWith('{"level":'),
      setupFiles: ['./test/setup/apply-migrations.ts'],
      include: ['test/**/*.test.ts'],
    },
  };
});

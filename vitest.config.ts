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
          },
        },
      }),
    ],
    test: {
      setupFiles: ['./test/setup/apply-migrations.ts'],
      include: ['test/**/*.test.ts'],
    },
  };
});

import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      /** The SQL history, read by vitest.config.ts for the setup file to apply. */
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      /** Types `exports.default` from cloudflare:workers as the Worker's own handlers. */
      mainModule: typeof import('../src/index');
    }
  }
}

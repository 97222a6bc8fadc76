import { describe, expect, it } from 'vitest';
import wranglerToml from '../../wrangler.toml?raw';
import { gqlWith, sendWith } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// `x-debug-sql: 1` puts the SQL and the raw bound parameters of every statement into
// `extensions.d1`. Parameters can hold ids of rows the viewer may not see, so the header is
// honoured only where ENVIRONMENT is development or test, and ignored everywhere else, on every
// route. Each request goes through the Worker's own fetch with the deployment's ENVIRONMENT.

const VIEWER = '{ viewer { id workspaceMemberships(first: 5) { totalCount } } }';
const DEBUG = { 'x-debug-sql': '1' };

describe('x-debug-sql through the Worker', () => {
  it('shows statements and parameters in development and tests', async () => {
    const userId = await insertUser();
    const token = await tokenFor(userId);
    for (const ENVIRONMENT of ['development', 'test']) {
      const result = await gqlWith({ ENVIRONMENT }, { query: VIEWER }, { token, headers: DEBUG });
      expect(result.errors, ENVIRONMENT).toBeUndefined();
      const d1 = result.extensions?.d1 as { sql?: string[]; params?: unknown[][] } | undefined;
      expect(d1?.sql?.length, ENVIRONMENT).toBeGreaterThan(0);
      expect(JSON.stringify(d1?.params), ENVIRONMENT).toContain(userId);
    }
  });

  it('ignores the header in staging, production or an unknown environment', async () => {
    const userId = await insertUser();
    const token = await tokenFor(userId);
    for (const ENVIRONMENT of ['staging', 'production', 'Development', '']) {
      const result = await gqlWith({ ENVIRONMENT }, { query: VIEWER }, { token, headers: DEBUG });
      expect(result.status, ENVIRONMENT).toBe(200);
      expect(result.errors, ENVIRONMENT).toBeUndefined();
      expect(result.extensions, ENVIRONMENT).not.toHaveProperty('d1');
      const text = JSON.stringify(result);
      expect(text, ENVIRONMENT).not.toMatch(/"sql"|"params"|select /i);
      // The raw id appears only inside the global id the query asked for, never bare.
      expect(text, ENVIRONMENT).not.toContain(userId);
    }
  });

  it('never adds statements to the REST answer outside development', async () => {
    const userId = await insertUser();
    for (const ENVIRONMENT of ['staging', 'production']) {
      const response = await sendWith({ ENVIRONMENT }, '/api/threads', {
        method: 'POST',
        headers: {
          ...DEBUG,
          Authorization: `Bearer ${await tokenFor(userId)}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ title: '' }),
      });
      expect(response.status, ENVIRONMENT).toBe(400);
      expect(await response.text(), ENVIRONMENT).not.toMatch(/"sql"|"params"|select /i);
    }
  });

  it('is ignored by a Worker deployed without --env (the top-level vars of wrangler.toml)', async () => {
    // The vars before the first table after [vars]: what `wrangler deploy` with no --env ships.
    const topVars = wranglerToml.split('[vars]')[1]?.split(/\n\[/)[0] ?? '';
    const ENVIRONMENT = /^ENVIRONMENT\s*=\s*"([^"]*)"/m.exec(topVars)?.[1];
    expect(ENVIRONMENT).toBeDefined();
    const token = await tokenFor(await insertUser());
    const result = await gqlWith({ ENVIRONMENT }, { query: VIEWER }, { token, headers: DEBUG });
    expect(result.errors).toBeUndefined();
    expect(result.extensions).not.toHaveProperty('d1');
  });
});

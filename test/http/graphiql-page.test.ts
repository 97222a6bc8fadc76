import { env } from 'cloudflare:workers';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyUserJwt } from '../../src/auth/jwt';
import { sendWith } from '../hardening/helpers';
import { insertUser } from '../helpers/seed';

/** The demo users a developer signs in as (ids as scripts/lib/demo-data.mjs loads them). */
const DEMO_USERS = {
  usr_demo_ada: 'Ada Lovelace',
  usr_demo_grace: 'Grace Hopper',
  usr_demo_linus: 'Linus Pauling',
  usr_demo_admin: 'Demo Admin',
};
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/** GraphiQL's page as a browser asks for it, from a gateway deployed with `vars`. */
async function pageWith(vars: Partial<Record<keyof Env | 'JWT_ISSUER' | 'JWT_AUDIENCE', string>>) {
  const response = await sendWith(vars as Partial<Record<keyof Env, string>>, '/graphql', {
    headers: { Accept: 'text/html' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toContain('text/html');
  return response.text();
}

/** The tabs GraphiQL opens with, from the options the page renders it with. */
function presetTabs(html: string): { query: string; headers?: string | null }[] {
  const options = /<script type="application\/json" id="graphiql-options">(.*?)<\/script>/.exec(
    html,
  )?.[1];
  expect(options).toBeDefined();
  return JSON.parse(options as string).defaultTabs;
}

beforeAll(async () => {
  for (const [id, displayName] of Object.entries(DEMO_USERS)) {
    await insertUser({ id, displayName });
  }
  // A suspended demo account cannot act (its token would be refused): it is not offered.
  await insertUser({ id: 'usr_demo_gone', displayName: 'Suspended Demo' });
  await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = 'usr_demo_gone'").run();
});

describe('GraphiQL page in development', () => {
  it('offers each demo user with a token the gateway accepts for that user', async () => {
    const html = await pageWith({ ENVIRONMENT: 'development' });
    for (const name of Object.values(DEMO_USERS)) expect(html).toContain(name);
    expect(html).not.toContain('Suspended Demo');
    const tokens = html.match(JWT) ?? [];
    const subjects = await Promise.all(tokens.map((token) => verifyUserJwt(token, env)));
    expect([...subjects].sort()).toEqual(Object.keys(DEMO_USERS).sort());
    for (const token of tokens) {
      const { iat, exp } = decodeJwt(token);
      expect(exp).toBeDefined();
      // Short-lived: at most half a day.
      expect((exp as number) - (iat as number)).toBeLessThanOrEqual(12 * 3600);
    }
  });

  it('signs the tokens for the configured issuer and audience when those are set', async () => {
    const html = await pageWith({
      ENVIRONMENT: 'development',
      JWT_ISSUER: 'https://issuer.example.test',
      JWT_AUDIENCE: 'gateway-dev',
    });
    const [token] = html.match(JWT) ?? [];
    expect(token).toBeDefined();
    const claims = decodeJwt(token as string);
    expect(claims.iss).toBe('https://issuer.example.test');
    expect(claims.aud).toBe('gateway-dev');
  });
});

describe.each(['production', 'staging', 'test'])('GraphiQL page in %s', (environment) => {
  it('mints no token and offers a field to paste one', async () => {
    const html = await pageWith({ ENVIRONMENT: environment });
    expect(html.match(JWT)).toBeNull();
    for (const [id, name] of Object.entries(DEMO_USERS)) {
      expect(html).not.toContain(id);
      expect(html).not.toContain(name);
    }
    expect(html).toMatch(/<input[^>]*id="sign-in-token"/);
  });
});

describe.each(['development', 'production'])('GraphiQL preset tabs in %s', (environment) => {
  it('carry no placeholder Authorization header: the schema loads without one', async () => {
    const html = await pageWith({ ENVIRONMENT: environment });
    expect(html).not.toMatch(/paste a token/i);
    const tabs = presetTabs(html);
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) {
      expect(tab.headers ?? '').not.toMatch(/authorization/i);
      expect(tab.query).toMatch(/^(query|mutation) \w+/m);
    }
  });
});

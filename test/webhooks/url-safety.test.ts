import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webhookUrlProblem } from '../../src/resolvers/webhooks/url-safety';
import { WebhooksCreateEndpointDocument } from '../generated/graphql';
import { mutate } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import { heldQueue } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const production = { ...env, ENVIRONMENT: 'production' } as Env;

/** Hosts that are private, loopback, link-local or otherwise not the internet, in every spelling. */
const REFUSED = [
  'https://127.0.0.1/hook',
  'https://127.1/hook', // short form
  'https://2130706433/hook', // decimal
  'https://0177.0.0.1/hook', // octal
  'https://0x7f.0.0.1/hook', // hex
  'https://10.1.2.3/hook',
  'https://172.16.0.1/hook',
  'https://172.31.255.255/hook',
  'https://192.168.1.1/hook',
  'https://169.254.169.254/latest/meta-data', // link-local (cloud metadata)
  'https://100.64.0.1/hook', // carrier-grade NAT
  'https://0.0.0.0/hook',
  'https://[::1]/hook',
  'https://[::]/hook',
  'https://[fe80::1]/hook', // link-local
  'https://[fd12:3456::1]/hook', // unique local
  'https://[fc00::1]/hook',
  'https://[::ffff:127.0.0.1]/hook', // IPv4-mapped
  'https://[::ffff:a9fe:a9fe]/hook', // IPv4-mapped 169.254.169.254, in hex
  'https://[64:ff9b::a00:1]/hook', // NAT64 of 10.0.0.1
  'https://[2002:a00:1::]/hook', // 6to4 of 10.0.0.1
  'https://[2002:a9fe:a9fe::]/latest/meta-data', // 6to4 of 169.254.169.254
  'https://[2002:7f00:1::]/hook', // 6to4 of 127.0.0.1
  'https://[2001::1]/hook', // Teredo
  'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook', // Teredo, a client's address
  'https://[100::1]/hook', // discard-only
  'https://[2001:db8::1]/hook', // documentation
  'https://[2001:2::1]/hook', // benchmarking
  'https://[64:ff9b:1::a00:1]/hook', // local-use NAT64
  'https://[fec0::1]/hook', // site-local
  'https://[::ffff:0:127.0.0.1]/hook', // IPv4-translated
  'https://[2001:4860::5efe:a00:1]/hook', // ISATAP of 10.0.0.1
  'https://[3fff::1]/hook', // documentation (2024)
  'https://[5f00::1]/hook', // segment routing
  'https://localhost./hook', // fully qualified names
  'https://metadata.google.internal./computeMetadata',
  'https://printer.local./hook',
  'https://192.0.2.1/hook', // documentation (TEST-NET-1)
  'https://198.51.100.1/hook', // documentation (TEST-NET-2)
  'https://203.0.113.1/hook', // documentation (TEST-NET-3)
  'https://localhost/hook',
  'https://printer.local/hook',
  'https://metadata.google.internal/hook',
];

describe('webhook URL safety', () => {
  it('refuses private, loopback and link-local addresses in production, in every spelling', () => {
    const accepted = REFUSED.filter((url) => webhookUrlProblem(production, url) === null);
    expect(accepted).toEqual([]);
  });

  it('accepts public https URLs and refuses http, credentials and non-URLs in production', () => {
    expect(webhookUrlProblem(production, 'https://hooks.example.com/in')).toBeNull();
    expect(webhookUrlProblem(production, 'https://93.184.216.34:8443/in')).toBeNull();
    expect(webhookUrlProblem(production, 'https://[2606:4700::1111]/in')).toBeNull();
    // 6to4 of a public address, and addresses beside the refused blocks.
    expect(webhookUrlProblem(production, 'https://[2002:5db8:d822::1]/in')).toBeNull();
    expect(webhookUrlProblem(production, 'https://[2001:4860:4860::8888]/in')).toBeNull();
    expect(webhookUrlProblem(production, 'https://[2001:db9::1]/in')).toBeNull();
    expect(webhookUrlProblem(production, 'https://192.0.3.1/in')).toBeNull();
    expect(webhookUrlProblem(production, 'http://hooks.example.com/in')).toBe('must use https://.');
    expect(webhookUrlProblem(production, 'http://127.0.0.1:8080/in')).toBe('must use https://.');
    expect(webhookUrlProblem(production, 'https://user:pw@hooks.example.com/')).toContain(
      'user name or password',
    );
    expect(webhookUrlProblem(production, 'ftp://hooks.example.com/')).toBe('must use https://.');
    expect(webhookUrlProblem(production, 'not a url')).toBe('is not a valid URL.');
  });

  it('allows http:// to loopback in development and tests, and nothing else private', () => {
    const development = { ...env, ENVIRONMENT: 'development' } as Env;
    for (const testing of [env, development]) {
      expect(webhookUrlProblem(testing, 'http://127.0.0.1:8803/hooks')).toBeNull();
      expect(webhookUrlProblem(testing, 'http://localhost:3000/hooks')).toBeNull();
      expect(webhookUrlProblem(testing, 'http://[::1]:3000/hooks')).toBeNull();
      expect(webhookUrlProblem(testing, 'http://10.0.0.5/hooks')).toBe('must use https://.');
      expect(webhookUrlProblem(testing, 'https://192.168.0.2/hooks')).toContain('private');
    }
  });

  it('answers a private URL with a validation error and creates nothing', async () => {
    const owner = await insertUser();
    const workspace = await insertWorkspace(owner);
    const queue = heldQueue();
    const result = await mutate(
      WebhooksCreateEndpointDocument,
      {
        workspaceId: gid('Workspace', workspace),
        url: 'https://169.254.169.254/latest/meta-data',
        events: ['WORK_ITEM_CREATED'],
      },
      owner,
    );
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.url' }],
    });
    const count = await env.DB.prepare(
      'SELECT count(*) AS n FROM webhook_endpoints WHERE workspace_id = ?',
    )
      .bind(workspace)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
    expect(queue.sent).toEqual([]);
  });
});

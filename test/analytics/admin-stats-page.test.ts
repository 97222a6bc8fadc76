import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/hardening/security-headers';
import { sendWith } from '../hardening/helpers';
import { send } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// /admin/stats: a static page (uPlot from the static assets, no CDN) whose script reads the
// statistics through /graphql; in development it offers the demo users, elsewhere a token field.

describe('the admin stats page', () => {
  it('is an HTML page whose scripts come from this origin or are allowed by their hash', async () => {
    const response = await send('/admin/stats');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('src="/stats-assets/uPlot.iife.min.js"');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const policy = response.headers.get('Content-Security-Policy');
    expect(policy).toBe(await contentSecurityPolicy(html));
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('X-Request-Id')).toBeTruthy();
    // The page's queries are the first-party admin documents.
    expect(html).toContain('query AdminOperationStats');
    expect(html).toContain('query AdminAiUsageReport');
  });

  it('offers a token field outside development, and the demo users in development', async () => {
    const html = await (await send('/admin/stats')).text();
    expect(html).toContain('id="sign-in-token"');
    await insertUser({ id: 'usr_demo_admin', displayName: 'Demo Admin' });
    const dev = await (await sendWith({ ENVIRONMENT: 'development' }, '/admin/stats')).text();
    expect(dev).toContain('id="sign-in-as"');
    expect(dev).toContain('Demo Admin (usr_demo_admin)');
  });

  it('answers only GET and HEAD', async () => {
    const response = await send('/admin/stats', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
    const head = await send('/admin/stats', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(new Uint8Array(await head.arrayBuffer()).byteLength).toBe(0);
  });
});

// Shared by the dev scripts: wrangler's quiet, offline, non-interactive settings and .dev.vars.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';

export const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** Local secrets: .dev.vars, created from .dev.vars.example on first run. */
export function devVars() {
  if (!existsSync('.dev.vars')) copyFileSync('.dev.vars.example', '.dev.vars');
  const vars = {};
  for (const line of readFileSync('.dev.vars', 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)\s*=\s*"?([^"]*)"?\s*$/.exec(line.trim());
    if (match) vars[match[1]] = match[2];
  }
  return vars;
}

/**
 * Environments for people building the gateway (`npm run dev`, the test suite): suggestions,
 * introspection, any operation, D1 figures and debug SQL. Every other value of ENVIRONMENT,
 * including a missing or unknown one, behaves as production.
 */
export function isDevelopment(env: Env): boolean {
  return env.ENVIRONMENT === 'development' || env.ENVIRONMENT === 'test';
}

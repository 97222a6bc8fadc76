/** Secrets the Worker reads under test: fixed, so tests can mint and forge tokens. */
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789abcdef';
export const TEST_AI_KEY_ENCRYPTION_SECRET = 'test-ai-key-encryption-secret-000000000000';
export const TEST_INVITE_TOKEN_SECRET = 'test-invite-token-secret-0123456789abcdef';

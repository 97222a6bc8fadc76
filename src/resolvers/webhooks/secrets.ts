import { deriveSecretKey, openSecret, sealSecret } from '../ai/key-crypto';

// Signing secrets are sealed like AI provider keys (AES-256-GCM under the Worker secret), with
// the endpoint's id bound in: a ciphertext copied onto another endpoint's row does not open.

const associated = (endpointId: string) => `webhook-endpoint:${endpointId}`;

export async function sealSigningSecret(
  env: Env,
  endpointId: string,
  secret: string,
): Promise<string> {
  return sealSecret(await deriveSecretKey(env), associated(endpointId), secret);
}

export async function openSigningSecret(
  env: Env,
  endpointId: string,
  stored: string,
): Promise<string> {
  return openSecret(await deriveSecretKey(env), associated(endpointId), stored);
}

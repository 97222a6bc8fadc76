// The benchmark's own credentials: a local D1 under workerd, never a deployed gateway.

/** JWT_SECRET of the benchmark's gateway and floor Workers. */
export const BENCH_JWT_SECRET = 'bench-jwt-secret-0123456789abcdef0123456789';

/** An integrator token of the bench user (read scope), and its SHA-256 digest as stored. */
export const BENCH_INTEGRATOR_TOKEN = 'gwt_benchIntegratorToken0123456789abcdefABCD';
export const BENCH_INTEGRATOR_TOKEN_HASH =
  '60be2230af590139ea5a479f492a69148f224526a614e52424456e71591ad19a';

/** One traced resolver call: its path in the operation, duration, and whether it threw. */
export interface Span {
  path: string;
  field: string;
  /** When the resolver started (epoch ms). */
  startMs: number;
  durationMs: number;
  error: boolean;
}

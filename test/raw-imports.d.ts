/** Docs read by tests as text (Vite's `?raw` import), so an example or a list cannot drift. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}

/** Config files read by tests as text (a deploy's defaults are part of its behaviour). */
declare module '*.toml?raw' {
  const text: string;
  export default text;
}

/** Vite's glob import, as the docs tests use it: every matching file's text, eagerly. */
interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { query: '?raw'; import: 'default'; eager: true },
  ): Record<string, T>;
  /** Lazy: only the matching paths are used (the test layout check), nothing is loaded. */
  glob(pattern: string): Record<string, () => Promise<unknown>>;
}

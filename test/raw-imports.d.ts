/** Docs read by tests as text (Vite's `?raw` import), so an example or a list cannot drift. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}

import { describe, expect, it } from 'vitest';

// Tests are grouped by domain, mirroring src: a test is found by the name of what it tests, and
// its file name alone says which one it is (in a failure report, an editor's file picker). Folders
// named after the milestone that wrote them (core-work, core-social, graphql) are gone for good.

/** Every TypeScript and script file under test/, by path (nothing is loaded). */
const paths = Object.keys(import.meta.glob('/test/**/*.{ts,mjs}')).map((path) =>
  path.replace(/^\/test\//, ''),
);
const testFiles = paths.filter((path) => /\.test\.(ts|mjs)$/.test(path));
const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('the test layout', () => {
  it('sees the test files (every one but this, which the glob leaves out)', () => {
    expect(testFiles).toContain('docs/doc-examples.test.ts');
    expect(testFiles).toContain('browser/browser.test.mjs');
    expect(testFiles.length).toBeGreaterThan(50);
  });

  it('gives no two test files the same name', () => {
    const byName = new Map<string, string[]>();
    for (const path of testFiles) {
      byName.set(basename(path), [...(byName.get(basename(path)) ?? []), path]);
    }
    expect([...byName.values()].filter((same) => same.length > 1)).toEqual([]);
  });

  it('has no folder named after a milestone', () => {
    const folders = new Set(paths.flatMap((path) => path.split('/').slice(0, -1)));
    expect(
      [...folders].filter((folder) => ['core-work', 'core-social', 'graphql'].includes(folder)),
    ).toEqual([]);
  });
});

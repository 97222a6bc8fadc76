// What a person sees in GraphiQL, read from the page (Monaco draws spaces as non-breaking spaces,
// and only the lines in view).
import assert from 'node:assert/strict';

const normalized = (text) => (text ?? '').replace(/\s+/g, ' ');

/** Waits until the element matching `selector` shows `text`. */
export async function waitForText(page, selector, text, timeout = 30_000) {
  await page.waitForFunction(
    ([where, what]) =>
      document.querySelector(where)?.textContent?.replace(/\s+/g, ' ').includes(what),
    [selector, text],
    { timeout },
  );
}

export const queryEditor = '.graphiql-query-editor .monaco-editor';
export const resultWindow = '.result-window';

/** GraphiQL is up and the active tab's operation is in the editor. */
export async function openGraphiQL(page, url, firstLine) {
  await page.goto(url);
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  await waitForText(page, queryEditor, firstLine);
}

/** Opens the Docs explorer and waits until it shows the schema's root types. */
export async function openDocs(page) {
  const docs = page.getByLabel('Show Documentation Explorer');
  if (await docs.count()) await docs.click();
  await waitForText(page, '.graphiql-doc-explorer', 'Root Types');
}

/** GraphiQL saves its tabs half a second after a change: waits until `text` is saved. */
export async function waitForSavedTabs(page, text) {
  await page.waitForFunction(
    (what) => localStorage.getItem('graphiql:tabState')?.includes(what),
    text,
    { timeout: 10_000 },
  );
}

export const tabCount = (page) => page.locator('.graphiql-tabs .graphiql-tab').count();

/** Runs the active tab and waits until its result shows `expected`. */
export async function run(page, expected) {
  await page.getByLabel('Execute query (Ctrl-Enter)').click();
  try {
    await waitForText(page, resultWindow, expected, 20_000);
  } catch (error) {
    await page.screenshot({ path: 'test-results/graphiql-run-failed.png' });
    throw error;
  }
}

/** Replaces the contents of a Monaco editor (GraphiQL's editors) with `text`. */
export async function fill(page, editor, text) {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/**
 * Saves a screenshot in test-results/ and checks that the page, as captured, shows each expected
 * text and none of the failure texts a newcomer must not meet.
 */
export async function screenshotShowing(page, name, expected) {
  await page.screenshot({ path: `test-results/${name}.png` });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees; textContent would also hold the page's scripts and JSON blocks.
  const shown = normalized(await page.locator('body').innerText());
  for (const text of expected) assert.ok(shown.includes(text), `${name}: "${text}" not shown`);
  for (const text of ['UNAUTHENTICATED', 'Error fetching schema']) {
    assert.ok(!shown.includes(text), `${name}: "${text}" is shown`);
  }
}

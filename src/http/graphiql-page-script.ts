/**
 * The browser side of GraphiQL's page, the same text on every request (the page's CSP allows its
 * inline scripts by hash); what varies, the options and development tokens, is read from the
 * page's JSON blocks.
 *
 * 1. One identity for every tab: the sign-in bar's choice becomes the `Authorization` header of
 *    every request to this endpoint whose tab does not set its own, and is kept in localStorage
 *    (with the CSRF header, which GraphiQL's GET event streams for subscriptions lack).
 * 2. Reopening the tabs: Yoga's GraphiQL opens the saved tab whose query, variables and headers
 *    equal the `query`, `variables` and `initialHeaders` it is given, adds a new tab when none
 *    does, and fills the editor with that query (a welcome comment when none is given). So it is
 *    given the active saved tab, or the first preset tab on a first visit: its operation shows,
 *    and a reload adds nothing.
 */
export const GRAPHIQL_PAGE_SCRIPT = String.raw`
const TAB_STATE = 'graphiql:tabState';
const readJson = (id) => JSON.parse(document.getElementById(id)?.textContent || 'null');

const authorization = (() => {
  const picker = document.getElementById('sign-in-as');
  const field = document.getElementById('sign-in-token');
  const tokens = readJson('sign-in-tokens') || {};
  const control = picker || field;
  const key = picker ? 'gateway:sign-in-as' : 'gateway:sign-in-token';
  const saved = localStorage.getItem(key);
  if (saved !== null && (!picker || [...picker.options].some((option) => option.value === saved))) {
    control.value = saved;
  }
  control.addEventListener('change', () => {
    localStorage.setItem(key, control.value.trim());
    // A pasted admin token may open introspection that was closed: ask for the schema again.
    document.querySelector('[aria-label^="Re-fetch GraphQL schema"]')?.click();
  });
  return () => {
    const token = picker ? tokens[picker.value] : field.value.trim().replace(/^Bearer\s+/i, '');
    return token ? 'Bearer ' + token : null;
  };
})();

const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) {
    return pageFetch(input, init);
  }
  const value = authorization();
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  if (value && !headers.has('Authorization')) headers.set('Authorization', value);
  // GraphiQL runs subscriptions as GET event streams: the door asks GETs for its CSRF header.
  if (!headers.has('x-graphql-yoga-csrf')) headers.set('x-graphql-yoga-csrf', '1');
  return pageFetch(input, { ...init, headers });
};

// Earlier pages preset every tab's headers with a placeholder that is no token: drop an
// Authorization value that cannot be one, so the sign-in bar applies to that tab.
function usableHeaders(text) {
  try {
    const headers = JSON.parse(text);
    const unusable = Object.keys(headers).filter(
      (name) => name.toLowerCase() === 'authorization' && !/^Bearer [\w.~+/=-]+$/.test(headers[name]),
    );
    if (unusable.length === 0) return text;
    for (const name of unusable) delete headers[name];
    return Object.keys(headers).length > 0 ? JSON.stringify(headers, null, 2) : null;
  } catch {
    return text;
  }
}

function withActiveTab(options) {
  let active = options.defaultTabs?.[0];
  try {
    const state = JSON.parse(localStorage.getItem(TAB_STATE));
    for (const tab of state.tabs) tab.headers = usableHeaders(tab.headers);
    localStorage.setItem(TAB_STATE, JSON.stringify(state));
    active = state.tabs[state.activeTabIndex] ?? active;
  } catch {}
  if (!active) return options;
  return {
    ...options,
    query: active.query ?? '',
    variables: active.variables ?? '',
    initialHeaders: active.headers ?? '',
  };
}
`;

/**
 * The browser side of the admin stats page (/admin/stats), the same text on every request (the
 * page's CSP allows it by hash). It signs in as the sign-in bar says (a demo user in development,
 * else a pasted token, kept in localStorage), reads the statistics through /graphql with the
 * page's queries (JSON block `stats-queries`), and draws them with uPlot (a static asset).
 * Every value shown is set with textContent: names come from clients and are never HTML.
 */
export const ADMIN_STATS_SCRIPT = String.raw`
const readJson = (id) => JSON.parse(document.getElementById(id)?.textContent || 'null');
const QUERIES = readJson('stats-queries');
const HOUR = 3600000;
const DAY = 24 * HOUR;
const $ = (id) => document.getElementById(id);

const authorization = (() => {
  const picker = $('sign-in-as');
  const field = $('sign-in-token');
  const tokens = readJson('sign-in-tokens') || {};
  const control = picker || field;
  const key = picker ? 'gateway:stats-sign-in-as' : 'gateway:stats-sign-in-token';
  const saved = localStorage.getItem(key);
  if (saved !== null && (!picker || [...picker.options].some((o) => o.value === saved))) {
    control.value = saved;
  }
  control.addEventListener('change', () => {
    localStorage.setItem(key, control.value.trim());
    load();
  });
  return () => {
    const token = picker ? tokens[picker.value] : field.value.trim().replace(/^Bearer\s+/i, '');
    return token ? 'Bearer ' + token : null;
  };
})();

async function gql(query, variables) {
  const auth = authorization();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'graphql-client-name': 'admin-stats-page',
      ...(auth ? { Authorization: auth } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join(' '));
  return body.data;
}

const number = (value) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('en-US'));
const percent = (value) => (value * 100).toFixed(1) + '%';
const ms = (value) => (value === null || value === undefined ? '–' : Number(value).toFixed(1) + ' ms');
const usd = (value) => '$' + Number(value).toFixed(4);

function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    td.textContent = cell;
    tr.append(td);
  }
  return tr;
}

const charts = new Map();
function chart(id, title, xs, series) {
  charts.get(id)?.destroy();
  const target = $(id);
  target.replaceChildren();
  const width = Math.max(320, target.clientWidth || 560);
  const plot = new uPlot(
    {
      title,
      width,
      height: 220,
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: s.color + '22', points: { show: xs.length < 60 } }))],
      axes: [{}, { size: 70 }],
      scales: { x: { time: true } },
    },
    [xs, ...series.map((s) => s.values)],
    target,
  );
  charts.set(id, plot);
}

async function load() {
  const state = document.body.dataset;
  state.state = 'loading';
  $('message').textContent = 'Loading…';
  const hours = Number($('range').value);
  const to = Math.ceil((Date.now() + 1) / HOUR) * HOUR;
  const from = to - hours * HOUR;
  const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  const dayFrom = Math.floor(from / DAY) * DAY;
  try {
    // The AI chart's bars are whole UTC days (from the start of the first one); its cards count
    // the range chosen, as the other cards do.
    const [byHour, byOperation, byClient, ai, aiInRange] = await Promise.all([
      gql(QUERIES.stats, { ...range, groupBy: ['HOUR'], limit: 1000 }),
      gql(QUERIES.stats, { ...range, groupBy: ['OPERATION'], limit: 10 }),
      gql(QUERIES.stats, { ...range, groupBy: ['CLIENT'], limit: 10 }),
      gql(QUERIES.ai, { from: new Date(dayFrom).toISOString(), to: range.to, groupBy: 'DAY' }),
      gql(QUERIES.ai, { ...range, groupBy: 'DAY' }),
    ]);
    const total = byHour.operationStats.total;
    $('total-requests').textContent = number(total.requests);
    $('total-error-rate').textContent = percent(total.errorRate);
    $('total-p95').textContent = ms(total.p95DurationMs);
    $('total-rows-read').textContent = number(total.d1RowsRead);
    $('ai-spend').textContent = usd(aiInRange.aiUsageReport.total.costUsd);
    $('ai-calls').textContent = number(aiInRange.aiUsageReport.total.calls);

    const byPeriod = new Map(byHour.operationStats.groups.map((g) => [Date.parse(g.period), g.figures]));
    const xs = [];
    for (let t = from; t < to; t += HOUR) xs.push(t / 1000);
    const hourly = (pick) => xs.map((x) => { const f = byPeriod.get(x * 1000); return f ? pick(f) : null; });
    chart('chart-requests', 'Requests per hour', xs, [{ label: 'Requests', color: '#5b5bd6', values: xs.map((x) => byPeriod.get(x * 1000)?.requests ?? 0) }]);
    chart('chart-errors', 'Error rate per hour (%)', xs, [{ label: 'Error rate %', color: '#e5484d', values: hourly((f) => f.errorRate * 100) }]);
    chart('chart-p95', 'p95 duration per hour (ms)', xs, [{ label: 'p95 ms', color: '#12a594', values: hourly((f) => f.p95DurationMs) }]);
    chart('chart-rows', 'D1 rows read per hour', xs, [{ label: 'Rows read', color: '#f76b15', values: xs.map((x) => byPeriod.get(x * 1000)?.d1RowsRead ?? 0) }]);
    const aiDays = new Map(ai.aiUsageReport.rows.map((r) => [Date.parse(r.key + 'T00:00:00Z'), r.figures]));
    const days = [];
    for (let t = dayFrom; t < to; t += DAY) days.push(t / 1000);
    chart('chart-ai', 'AI spend per day (USD)', days, [{ label: 'USD', color: '#8e4ec6', values: days.map((d) => aiDays.get(d * 1000)?.costUsd ?? 0) }]);

    $('top-operations').replaceChildren(...byOperation.operationStats.groups.map((g) =>
      row([g.operationName || '(anonymous)', number(g.figures.requests), percent(g.figures.errorRate), ms(g.figures.p95DurationMs), number(g.figures.d1RowsRead)])));
    $('top-clients').replaceChildren(...byClient.operationStats.groups.map((g) =>
      row([g.clientName || '(unnamed)', g.clientVersion || '–', number(g.figures.requests), percent(g.figures.errorRate)])));
    $('message').textContent = 'Updated ' + new Date().toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
    state.state = 'ready';
  } catch (error) {
    $('message').textContent = 'Could not load the statistics: ' + error.message;
    state.state = 'error';
  }
}

$('range').addEventListener('change', load);
$('refresh').addEventListener('click', load);
load();
`;

import { startHarness, postJson } from './harness.ts';
import { operations } from './operations.ts';
const h = await startHarness();
for (const op of operations) {
  const r = await postJson(`${h.url.gateway}/graphql`, { query: op.query, variables: op.variables }, { Authorization: `Bearer ${await h.tokenFor(op.as)}`, 'x-debug-sql': '1' });
  const d1 = (r.extensions as any).d1;
  console.log(`== ${op.name}: statements ${d1.statements} roundTrips ${d1.roundTrips}`);
  for (const s of d1.sql ?? []) console.log('  ', JSON.stringify(s).slice(0, 300));
}
await h.mf.dispose();

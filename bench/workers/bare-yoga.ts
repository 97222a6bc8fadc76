// The framework's ceiling: GraphQL Yoga and a Pothos schema of one field, nothing else (no auth,
// no D1, no plugins), built once per isolate as the gateway builds its own. The benchmark's
// `{ __typename }` line compares the gateway with it.
import SchemaBuilder from '@pothos/core';
import { createYoga } from 'graphql-yoga';

// No plugin; the project's plugins widen the options' type for every builder of the program.
const builder = new SchemaBuilder({} as ConstructorParameters<typeof SchemaBuilder>[0]);
builder.queryType({
  fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }),
});
const yoga = createYoga({
  schema: builder.toSchema(),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
});

export default { fetch: (request: Request) => yoga.fetch(request) };

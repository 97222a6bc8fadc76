import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './errors';
import './connection';
import './user';
import './workspace';
import './viewer';

builder.queryType({ description: 'Everything a client can read.' });

/** The schema, built once per isolate and sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());

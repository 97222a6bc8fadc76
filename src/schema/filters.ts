import type { EnumRef, InputObjectRef } from '@pothos/core';
import type { OrderByInput } from '../resolvers/filters/order';
import type { FieldOperators, WhereInput } from '../resolvers/filters/where';
import { builder, type SchemaTypes } from './builder';

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

// The operator inputs of every `where` argument (one compiler reads them all:
// src/resolvers/filters/where.ts) and the sort direction of every `orderBy`.

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a sort goes.',
  values: {
    ASC: { value: 'asc', description: 'Smallest first (A to Z, oldest first).' },
    DESC: { value: 'desc', description: 'Largest first (Z to A, newest first).' },
  } as const,
});

const NULL_NOTE = 'A null value never matches a comparison; use isNull.';

export const IdFilter = builder.inputType('IdFilter', {
  description: `Tests a reference by global ID. An ID the viewer cannot see matches as one that does not exist. ${NULL_NOTE}`,
  fields: (t) => ({
    eq: t.id({ description: 'Is this one.' }),
    neq: t.id({ description: 'Is set and is not this one.' }),
    in: t.idList({ description: 'Is one of these (up to 20).' }),
    notIn: t.idList({ description: 'Is set and is none of these (up to 20).' }),
    isNull: t.boolean({ description: 'true: is not set; false: is set.' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  description: `Tests a text. Comparisons are by code point; contains and startsWith ignore ASCII case and take % and _ literally. ${NULL_NOTE}`,
  fields: (t) => ({
    eq: t.string({ description: 'Equals this exactly.' }),
    neq: t.string({ description: 'Differs from this.' }),
    in: t.stringList({ description: 'Equals one of these (up to 20).' }),
    notIn: t.stringList({ description: 'Equals none of these (up to 20).' }),
    lt: t.string({ description: 'Sorts before this.' }),
    lte: t.string({ description: 'Sorts before this or equals it.' }),
    gt: t.string({ description: 'Sorts after this.' }),
    gte: t.string({ description: 'Sorts after this or equals it.' }),
    contains: t.string({ description: 'Contains this text (1-100 characters).' }),
    startsWith: t.string({ description: 'Starts with this text (1-100 characters).' }),
    isNull: t.boolean({ description: 'true: has no value; false: has one.' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: `Tests a moment. ${NULL_NOTE}`,
  fields: (t) => ({
    eq: t.field({ type: 'DateTime', description: 'Is exactly this moment.' }),
    neq: t.field({ type: 'DateTime', description: 'Is set and is not this moment.' }),
    in: t.field({ type: ['DateTime'], description: 'Is one of these moments (up to 20).' }),
    notIn: t.field({ type: ['DateTime'], description: 'Is none of these moments (up to 20).' }),
    lt: t.field({ type: 'DateTime', description: 'Before this moment.' }),
    lte: t.field({ type: 'DateTime', description: 'At or before this moment.' }),
    gt: t.field({ type: 'DateTime', description: 'After this moment.' }),
    gte: t.field({ type: 'DateTime', description: 'At or after this moment.' }),
    isNull: t.boolean({ description: 'true: is not set; false: is set.' }),
  }),
});

export const FloatFilter = builder.inputType('FloatFilter', {
  description: 'Tests a number.',
  fields: (t) => ({
    eq: t.float({ description: 'Equals this.' }),
    neq: t.float({ description: 'Differs from this.' }),
    in: t.floatList({ description: 'Equals one of these (up to 20).' }),
    notIn: t.floatList({ description: 'Equals none of these (up to 20).' }),
    lt: t.float({ description: 'Less than this.' }),
    lte: t.float({ description: 'At most this.' }),
    gt: t.float({ description: 'More than this.' }),
    gte: t.float({ description: 'At least this.' }),
  }),
});

/** `{ eq, neq, in, notIn, isNull }` over one enum, named `<Enum>Filter`. */
export function enumFilter<V extends string>(
  name: string,
  type: EnumRef<Types, V, V>,
  what: string,
): InputObjectRef<Types, FieldOperators> {
  return builder.inputType(name, {
    description: `Tests ${what}.`,
    fields: (t) => ({
      eq: t.field({ type, description: 'Is this value.' }),
      neq: t.field({ type, description: 'Is set and is not this value.' }),
      in: t.field({ type: [type], description: 'Is one of these values.' }),
      notIn: t.field({ type: [type], description: 'Is set and is none of these values.' }),
      isNull: t.boolean({ description: 'true: is not set; false: is set.' }),
    }),
  }) as unknown as InputObjectRef<Types, FieldOperators>;
}

/**
 * A `<Entity>Where` input: the entity's fields, each with its operator input, and `and`, `or`,
 * `not` over the same input (recursive).
 */
export function whereInput(
  name: string,
  entity: string,
  fields: Record<string, { type: InputObjectRef<Types, unknown>; description: string }>,
): InputObjectRef<Types, WhereInput> {
  const ref = builder.inputRef<WhereInput>(name);
  ref.implement({
    description: `A filter over ${entity}: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions.`,
    fields: (t) => ({
      and: t.field({ type: [ref], description: 'Every one of these holds.' }),
      or: t.field({ type: [ref], description: 'At least one of these holds.' }),
      not: t.field({ type: ref, description: 'This does not hold.' }),
      ...Object.fromEntries(
        Object.entries(fields).map(([key, field]) => [
          key,
          t.field({ type: field.type, description: field.description }),
        ]),
      ),
    }),
  });
  return ref;
}

/** A `<Entity>OrderBy` input: `{ field: <Entity>OrderField!, direction: OrderDirection = ASC }`. */
export function orderByInput<V extends string>(
  name: string,
  fieldEnum: EnumRef<Types, V, V>,
  entity: string,
): InputObjectRef<Types, OrderByInput> {
  return builder.inputType(name, {
    description: `One sort key of a list of ${entity}; later keys break ties of earlier ones, and the id breaks any tie left.`,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: 'What to sort by.' }),
      direction: t.field({
        type: OrderDirectionEnum,
        defaultValue: 'asc',
        description: 'Which way (ASC by default).',
      }),
    }),
  }) as unknown as InputObjectRef<Types, OrderByInput>;
}

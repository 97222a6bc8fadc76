// The rule of the breaking-change gate: every breaking change blocks, except removing a field or
// enum value that the baseline had already deprecated.
import {
  type BreakingChange,
  BreakingChangeType,
  findBreakingChanges,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

/** Whether `Type.member` (a field or enum value) was deprecated in the baseline. */
function wasDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return Boolean(type.getFields()[member]?.deprecationReason);
  }
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

const ALLOWED_AFTER_DEPRECATION = new Set<string>([
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
]);

/** `Type.member` of a removal: "Query.a was removed." / "TWO was removed from enum type Kind." */
function removedPath(change: BreakingChange): string | undefined {
  const enumValue = /^(\w+) was removed from enum type (\w+)\./.exec(change.description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  return /^(\w+\.\w+) was removed\./.exec(change.description)?.[1];
}

export function blockingChanges(baseline: GraphQLSchema, current: GraphQLSchema): BreakingChange[] {
  return findBreakingChanges(baseline, current).filter((change) => {
    if (!ALLOWED_AFTER_DEPRECATION.has(change.type)) return true;
    const path = removedPath(change);
    return !(path && wasDeprecated(baseline, path));
  });
}

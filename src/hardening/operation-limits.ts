import {
  type ASTVisitor,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { limitError } from './errors';
import { ShapeMeter } from './operation-shape';
import { OPERATION_LIMITS } from './settings';

const describe = (operation: OperationDefinitionNode) =>
  operation.name ? `Operation "${operation.name.value}"` : 'The operation';

/**
 * A validation rule: the static limits (depth, aliases, directives, root fields) of every
 * operation in the document, so a refused operation never reaches a resolver. The figures do not
 * depend on the viewer, so Yoga's validation cache may keep the verdict per document.
 */
export function OperationLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    Document(document) {
      const meter = new ShapeMeter(document);
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        const shape = meter.measure(operation);
        const name = describe(operation);
        const checks = [
          {
            actual: shape.depth,
            limit: OPERATION_LIMITS.depth,
            code: 'DEPTH_LIMIT_EXCEEDED' as const,
            what: `is nested ${shape.depth} levels deep; the depth limit is ${OPERATION_LIMITS.depth}.`,
          },
          {
            actual: shape.introspectionDepth,
            limit: OPERATION_LIMITS.introspectionDepth,
            code: 'DEPTH_LIMIT_EXCEEDED' as const,
            what: `nests its introspection ${shape.introspectionDepth} levels deep; the introspection depth limit is ${OPERATION_LIMITS.introspectionDepth}.`,
          },
          {
            actual: shape.aliases,
            limit: OPERATION_LIMITS.aliases,
            code: 'ALIAS_LIMIT_EXCEEDED' as const,
            what: `uses ${shape.aliases} aliases; the alias limit is ${OPERATION_LIMITS.aliases}.`,
          },
          {
            actual: shape.directives,
            limit: OPERATION_LIMITS.directives,
            code: 'DIRECTIVE_LIMIT_EXCEEDED' as const,
            what: `uses ${shape.directives} directives; the directive limit is ${OPERATION_LIMITS.directives}.`,
          },
          operation.operation === 'mutation'
            ? {
                actual: shape.rootFields,
                limit: OPERATION_LIMITS.rootMutationFields,
                code: 'ROOT_FIELD_LIMIT_EXCEEDED' as const,
                what: `runs ${shape.rootFields} mutations; at most ${OPERATION_LIMITS.rootMutationFields} root fields per mutation operation.`,
              }
            : {
                actual: shape.rootFields,
                limit: OPERATION_LIMITS.rootFields,
                code: 'ROOT_FIELD_LIMIT_EXCEEDED' as const,
                what: `selects ${shape.rootFields} root fields; at most ${OPERATION_LIMITS.rootFields} per operation.`,
              },
        ];
        for (const check of checks) {
          if (check.actual > check.limit) {
            context.reportError(
              limitError(check.code, `${name} ${check.what}`, check, [operation]),
            );
          }
        }
      }
      // Everything was measured from the document node: no need to walk it again.
      return false;
    },
  };
}

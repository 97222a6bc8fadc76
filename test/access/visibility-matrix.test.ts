import { beforeAll, describe, expect, it } from 'vitest';
import { VISIBILITY_PREDICATES, type VisibilityPredicateName } from '../../src/resolvers/access';
import { gql } from '../helpers/client';
import { MATRIX_ROWS, type MatrixCase } from './matrix-rows';
import { KINDS, type Kind, seedWorld, type World } from './matrix-world';

// THE authorization matrix, generated from access/'s registry of visibility predicates: one row
// per predicate, a case per thing it guards, every kind of viewer through every path of the case
// (node, nodes, the connections that list it). A predicate added to the registry without a row,
// or a guarded thing without a case, fails here. (The work-item and inbox/relationship matrices
// in test/core-work and test/core-social go deeper into their paths and filters.)

let world: World;

beforeAll(async () => {
  world = await seedWorld();
}, 60_000);

/** The failures of one case: each path as each kind of viewer, the kinds of a path at once. */
async function runCase(name: string, matrixCase: MatrixCase): Promise<string[]> {
  const failures: string[] = [];
  for (const path of matrixCase.paths) {
    const allowed = path.allowed ?? matrixCase.allowed;
    await Promise.all(
      KINDS.map(async (kind: Kind) => {
        const result = await gql(path.document.toString(), path.variables, world.as[kind]);
        const seen = path.seen
          ? path.seen(result.data ?? {})
          : JSON.stringify(result.data ?? null).includes(matrixCase.subject);
        const expected = allowed.includes(kind);
        // A hidden thing answers as a missing one (null, absent), not with an error; only scopes
        // refuse outright (FORBIDDEN): the User type's for anonymous viewers, and a field's own.
        const refused = kind === 'anonymous' || (path.forbidden ?? []).includes(kind);
        const errors = (result.errors ?? []).filter(
          (error) => !(refused && error.extensions?.code === 'FORBIDDEN'),
        );
        if (seen !== expected || errors.length > 0) {
          failures.push(
            `${name} / ${matrixCase.guards} via ${path.name} as ${kind}: ${seen ? 'seen' : 'hidden'}, expected ${expected ? 'seen' : 'hidden'}${errors.length > 0 ? ` (errors: ${JSON.stringify(errors)})` : ''}`,
          );
        }
      }),
    );
  }
  return failures;
}

describe('the authorization matrix, one row per access predicate', () => {
  const names = Object.keys(VISIBILITY_PREDICATES) as VisibilityPredicateName[];

  it('has a row for every predicate, and a case for everything each one guards', () => {
    const missing: string[] = [];
    for (const name of names) {
      const row = MATRIX_ROWS[name] as ((w: World) => MatrixCase[]) | undefined;
      if (!row) {
        missing.push(`${name}: no matrix row`);
        continue;
      }
      const cases = row(world);
      for (const guarded of VISIBILITY_PREDICATES[name].guards) {
        if (!cases.some((matrixCase) => matrixCase.guards === guarded)) {
          missing.push(`${name}: no case for ${guarded}`);
        }
      }
      for (const matrixCase of cases) {
        // A case that allows every kind, or none, could not catch a rule gone wrong.
        const kinds = new Set(
          matrixCase.paths.flatMap((path) => path.allowed ?? matrixCase.allowed),
        );
        if (kinds.size === 0 || KINDS.every((kind) => kinds.has(kind))) {
          missing.push(`${name} / ${matrixCase.guards}: allows all or none`);
        }
        if (matrixCase.paths.length === 0) missing.push(`${name} / ${matrixCase.guards}: no path`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(MATRIX_ROWS).sort()).toEqual([...names].sort());
  });

  for (const name of names) {
    it(`${name} (${VISIBILITY_PREDICATES[name].guards.join(', ')})`, async () => {
      const row = MATRIX_ROWS[name] as ((w: World) => MatrixCase[]) | undefined;
      expect(row, `no matrix row for ${name}`).toBeDefined();
      const failures: string[] = [];
      for (const matrixCase of row?.(world) ?? []) {
        failures.push(...(await runCase(name, matrixCase)));
      }
      expect(failures).toEqual([]);
    }, 60_000);
  }
});

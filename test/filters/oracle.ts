import type { WorkItemOrderBy, WorkItemWhere } from '../generated/graphql';
import { gid } from '../helpers/work-seed';
import { DATES, type ItemRow, prng, STATUSES, type World } from './world';

// A brute-force oracle of `WorkItemWhere` and `orderBy`: the documented semantics restated in
// plain JavaScript over the seeded rows, and a generator of random trees within the bounds.

type Leaf = Record<string, unknown>;
type Field =
  | { kind: 'enum'; name: 'status' | 'visibility' | 'type'; values: readonly string[] }
  | { kind: 'id'; name: 'owner' | 'assignee' | 'room' | 'list' }
  | { kind: 'time'; name: 'dueAt' | 'createdAt' | 'updatedAt' }
  | { kind: 'text'; name: 'title' };

const FIELDS: Field[] = [
  { kind: 'enum', name: 'status', values: ['TODO', 'IN_PROGRESS', 'DONE', 'CANCELLED'] },
  { kind: 'enum', name: 'visibility', values: ['PRIVATE', 'ROOM', 'QUEST', 'SQUAD'] },
  { kind: 'enum', name: 'type', values: ['TASK', 'SCHEDULED'] },
  { kind: 'id', name: 'owner' },
  { kind: 'id', name: 'assignee' },
  { kind: 'id', name: 'room' },
  { kind: 'id', name: 'list' },
  { kind: 'time', name: 'dueAt' },
  { kind: 'time', name: 'createdAt' },
  { kind: 'time', name: 'updatedAt' },
  { kind: 'text', name: 'title' },
];

const COLUMN: Record<Field['name'], keyof ItemRow> = {
  status: 'status',
  visibility: 'scope',
  type: 'type',
  owner: 'ownerId',
  assignee: 'assigneeId',
  room: 'roomId',
  list: 'listId',
  dueAt: 'dueAt',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  title: 'title',
};
const ID_TYPE = { owner: 'User', assignee: 'User', room: 'Room', list: 'List' } as const;
const TEXTS = ['alp', 'ALP', '50%', 'a_b', '%', '_', 'et', 'gamma d', 'x', 'Beta', 'alpha 50% '];

/** The raw ids a tree may name per reference field, and which of them the viewer may see. */
function idPools(world: World) {
  const users = [world.viewer, world.member1, world.member2, world.stranger];
  return {
    pools: {
      owner: users,
      assignee: users,
      room: [...world.rooms, world.hiddenRoom, 'rom_missing'],
      list: [world.list, world.hiddenList, 'lst_missing'],
    },
    visible: new Set([...users, ...world.rooms, world.list]),
  };
}

/** Bound parameters and operators a tree spends (as the compiler counts them). */
export function measure(where: Leaf): { conditions: number; parameters: number; depth: number } {
  let conditions = 0;
  let parameters = 0;
  let depth = 0;
  const visit = (node: Leaf, level: number) => {
    depth = Math.max(depth, level);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or')
        for (const child of value as Leaf[]) visit(child, level + 1);
      else if (key === 'not') visit(value as Leaf, level + 1);
      else {
        const field = FIELDS.find((f) => f.name === key) as Field;
        for (const [op, operand] of Object.entries(value as Leaf)) {
          conditions += 1;
          if (field.kind === 'enum' || op === 'isNull') continue;
          parameters += Array.isArray(operand) ? new Set(operand).size : 1;
        }
      }
    }
  };
  visit(where, 0);
  return { conditions, parameters, depth };
}

/** A random tree within the bounds (4 levels, 20 conditions, 30 parameters). */
export function randomWhere(world: World, seed: number): WorkItemWhere {
  const random = prng(seed);
  const { pools } = idPools(world);
  const operand = (field: Field): unknown => {
    switch (field.kind) {
      case 'enum':
        return random.pick(field.values);
      case 'id':
        return gid(ID_TYPE[field.name], random.pick(pools[field.name]));
      case 'time':
        return random.next() < 0.8 ? random.pick(DATES) : '2030-01-10T00:00:00.000Z';
      default:
        return random.pick(TEXTS);
    }
  };
  const leaf = (): Leaf => {
    const field = random.pick(FIELDS);
    const ops = ['eq', 'neq', 'in', 'notIn', 'isNull'];
    if (field.kind === 'time' || field.kind === 'text') ops.push('lt', 'lte', 'gt', 'gte');
    if (field.kind === 'text') ops.push('contains', 'startsWith', 'contains');
    const operators: Leaf = {};
    for (let i = 0; i < 1 + random.int(2); i++) {
      const op = random.pick(ops);
      if (op === 'isNull') operators[op] = random.next() < 0.5;
      else if (op === 'in' || op === 'notIn') {
        operators[op] = Array.from({ length: random.int(4) }, () => operand(field));
      } else operators[op] = operand(field);
    }
    return { [field.name]: operators };
  };
  const node = (level: number): Leaf => {
    const roll = random.next();
    if (level >= 3 || roll < 0.4) {
      // Two fields side by side sometimes: an implicit AND.
      return random.next() < 0.2 ? { ...leaf(), ...leaf() } : leaf();
    }
    if (roll < 0.55) return { not: node(level + 1) };
    const children = Array.from({ length: random.int(4) }, () => node(level + 1));
    return { [roll < 0.78 ? 'and' : 'or']: children };
  };
  for (;;) {
    const tree = node(0);
    const size = measure(tree);
    if (size.conditions <= 20 && size.parameters <= 30 && size.depth <= 4) {
      return tree as WorkItemWhere;
    }
  }
}

const decode = (globalId: string) => atob(globalId).split(':').slice(1).join(':');
const enumValue = (value: unknown) => String(value).toLowerCase();

/** Whether the oracle says `item` matches `where` (two-valued: NULL fails every comparison). */
export function matches(world: World, item: ItemRow, where: Leaf): boolean {
  const { visible } = idPools(world);
  return Object.entries(where).every(([key, value]) => {
    if (key === 'and') return (value as Leaf[]).every((child) => matches(world, item, child));
    if (key === 'or') return (value as Leaf[]).some((child) => matches(world, item, child));
    if (key === 'not') return !matches(world, item, value as Leaf);
    const field = FIELDS.find((f) => f.name === key) as Field;
    const stored = item[COLUMN[field.name]] as string | null;
    // A list or room hidden from the viewer reads as none (`WorkItem.listId`, `room` are
    // null), and filters so.
    const seenAs = field.name === 'list' || field.name === 'room';
    const actual = seenAs && stored !== null && !visible.has(stored) ? null : stored;
    // An operand as the row holds it; a hidden id as one that exists nowhere.
    const norm = (operand: unknown): string | null => {
      if (field.kind === 'enum') return enumValue(operand);
      if (field.kind === 'id') {
        const raw = decode(String(operand));
        return visible.has(raw) ? raw : null;
      }
      return String(operand);
    };
    const equal = (operand: unknown) => {
      const expected = norm(operand);
      return expected !== null && actual === expected;
    };
    return Object.entries(value as Leaf).every(([op, operand]) => {
      if (op === 'isNull') return operand ? actual === null : actual !== null;
      if (actual === null) return false;
      const text = String(operand);
      switch (op) {
        case 'eq':
          return equal(operand);
        case 'neq':
          return !equal(operand);
        case 'in':
          return (operand as unknown[]).some(equal);
        case 'notIn':
          return !(operand as unknown[]).some(equal);
        case 'lt':
          return actual < text;
        case 'lte':
          return actual <= text;
        case 'gt':
          return actual > text;
        case 'gte':
          return actual >= text;
        case 'contains':
          return actual.toLowerCase().includes(text.toLowerCase());
        case 'startsWith':
          return actual.toLowerCase().startsWith(text.toLowerCase());
        default:
          throw new Error(`unknown operator ${op}`);
      }
    });
  });
}

const ORDER_COLUMN = {
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  DUE_AT: 'dueAt',
  TITLE: 'title',
  STATUS: 'status',
} as const;

/** Every order a client may ask for with one key, both ways, and a few of two and three keys. */
export const ORDERS: WorkItemOrderBy[][] = [
  ...Object.keys(ORDER_COLUMN).flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction) => [
      { field: field as keyof typeof ORDER_COLUMN, direction },
    ]),
  ),
  [
    { field: 'STATUS', direction: 'ASC' },
    { field: 'DUE_AT', direction: 'DESC' },
  ],
  [
    { field: 'DUE_AT', direction: 'ASC' },
    { field: 'TITLE', direction: 'DESC' },
    { field: 'CREATED_AT', direction: 'ASC' },
  ],
] as WorkItemOrderBy[][];

/** The rows in the documented order: NULL due dates past every date, then the id. */
export function sorted(items: ItemRow[], orderBy: WorkItemOrderBy[]): ItemRow[] {
  const terms = orderBy.map((term) => ({
    column: ORDER_COLUMN[term.field] as keyof ItemRow,
    sign: term.direction === 'DESC' ? -1 : 1,
  }));
  terms.push({ column: 'id', sign: terms.at(-1)?.sign ?? 1 });
  const key = (item: ItemRow, column: keyof ItemRow) =>
    String(item[column] ?? '9999-12-31T23:59:59.999Z');
  return [...items].sort((a, b) => {
    for (const { column, sign } of terms) {
      const x = key(a, column);
      const y = key(b, column);
      if (x !== y) return x < y ? -sign : sign;
    }
    return 0;
  });
}

export { decode, STATUSES };

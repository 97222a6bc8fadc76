import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import {
  addListMember,
  addRoomMember,
  batch,
  insertList,
  insertRoom,
  workItemStatement,
} from '../helpers/work-seed';

// A small world for the filter tests: a viewer in a workspace with rooms and lists they see and
// do not see, and items with every combination of the filterable fields (ties included), whose
// rows the tests keep so an oracle can compute what each filter must answer.

/** A seeded PRNG (mulberry32): the same trees on every run, another seed for another run. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

export interface ItemRow {
  id: string;
  workspaceId: string;
  ownerId: string;
  assigneeId: string | null;
  roomId: string | null;
  listId: string | null;
  scope: 'private' | 'room' | 'quest' | 'squad';
  status: 'todo' | 'in_progress' | 'done' | 'cancelled';
  type: 'task' | 'scheduled';
  title: string;
  dueAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export const SCOPES = ['private', 'room', 'quest', 'squad'] as const;
export const WORDS = ['alpha', 'Beta', 'gamma', '50%', 'a_b', 'delta', 'Alpha', 'zeta'];
/** Few distinct values, so sorts meet ties and the id must break them. */
export const DATES = [
  '2030-01-06T00:00:00.000Z',
  '2030-01-07T09:30:00.000Z',
  '2030-01-13T23:59:59.000Z',
  '2030-02-01T12:00:00.000Z',
  '2030-03-15T08:00:00.000Z',
];

export interface World {
  viewer: string;
  member1: string;
  member2: string;
  stranger: string;
  workspace: string;
  otherWorkspace: string;
  /** Rooms of the workspace (the viewer sees them: they are a member of it). */
  rooms: string[];
  /** A room of another workspace: hidden from the viewer. */
  hiddenRoom: string;
  /** A quest list the viewer is a member of. */
  list: string;
  /** A quest list the viewer is not a member of: hidden. */
  hiddenList: string;
  items: ItemRow[];
}

export async function seedWorld(seed: number, count: number): Promise<World> {
  const random = prng(seed);
  const viewer = await insertUser();
  const member1 = await insertUser();
  const member2 = await insertUser();
  const stranger = await insertUser();
  const workspace = await insertWorkspace(member1);
  await addMember(workspace, viewer);
  await addMember(workspace, member2);
  const otherWorkspace = await insertWorkspace(stranger);
  const rooms = [await insertRoom(workspace), await insertRoom(workspace)];
  await addRoomMember(rooms[0] as string, viewer);
  const hiddenRoom = await insertRoom(otherWorkspace);
  const list = await insertList(workspace, member1, 'quest');
  await addListMember(list, viewer);
  const hiddenList = await insertList(workspace, member2, 'quest');
  const users = [viewer, member1, member2];
  const items: ItemRow[] = [];
  for (let i = 0; i < count; i++) {
    const words = [random.pick(WORDS), random.pick(WORDS)];
    items.push({
      id: uid('wki'),
      workspaceId: workspace,
      ownerId: random.pick(users),
      assigneeId: random.pick([null, ...users]),
      roomId: random.pick([null, ...rooms, hiddenRoom]),
      listId: random.pick([null, list, hiddenList]),
      scope: random.pick(SCOPES),
      status: random.pick(STATUSES),
      type: random.pick(['task', 'scheduled'] as const),
      title: `${words.join(' ')} ${i % 7}`,
      dueAt: random.next() < 0.3 ? null : random.pick(DATES),
      createdAt: random.pick(DATES),
      updatedAt: random.pick(DATES),
    });
  }
  await batch(items.map((item) => itemStatement(item)));
  return {
    viewer,
    member1,
    member2,
    stranger,
    workspace,
    otherWorkspace,
    rooms,
    hiddenRoom,
    list,
    hiddenList,
    items,
  };
}

/** The INSERT of an item row. */
export function itemStatement(item: ItemRow) {
  return workItemStatement(
    {
      workspaceId: item.workspaceId,
      ownerId: item.ownerId,
      assigneeId: item.assigneeId,
      roomId: item.roomId,
      listId: item.listId,
      scope: item.scope,
      status: item.status,
      type: item.type,
      title: item.title,
      dueAt: item.dueAt,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
    },
    item.id,
  );
}

/** DESIGN.md's rule, restated for the world's viewer (cross-checked against the API). */
export function visibleToViewer(world: World, item: ItemRow): boolean {
  const v = world.viewer;
  if (item.ownerId === v || item.assigneeId === v) return true;
  if (item.scope === 'room') return item.roomId === world.rooms[0];
  if (item.scope === 'quest') return item.listId === world.list;
  return item.scope === 'squad';
}

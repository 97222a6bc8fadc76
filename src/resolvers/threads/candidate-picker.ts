import type { Context } from '../../context';

/** What a picker may know about a stranger: no email, no private data. */
export interface CandidateProfile {
  userId: string;
  displayName: string;
  bio: string | null;
}

export interface CandidateRequest {
  ownerId: string;
  thread: { title: string; description: string | null };
  /** Strangers eligible for this thread, already filtered and bounded in SQL. */
  pool: CandidateProfile[];
  /** How many to pick (at most the pool size is possible). */
  count: number;
}

export interface CandidatePick {
  userId: string;
  /** Why this person, shown to the owner and in the invite. */
  reason: string;
}

/**
 * Chooses `count` candidates from the pool, each with a reason. The local picker below is
 * deterministic; the AI router provides another implementation of the same type.
 */
export type CandidatePicker = (ctx: Context, request: CandidateRequest) => Promise<CandidatePick[]>;

// Words too common to say anything about shared interests.
const STOP_WORDS = new Set(
  'about after again also and any are because been but can could for from had has have her his how into its just like looking more most not our out over some someone something than that the their them then there these they this those through want was were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** Lowercase words of at least 3 letters or digits, without the stop words. */
export function topicWords(text: string | null | undefined): Set<string> {
  const words = new Set<string>();
  for (const match of (text ?? '').toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    if (!STOP_WORDS.has(match[0])) words.add(match[0]);
  }
  return words;
}

/**
 * The built-in ranker: scores each stranger by the distinct words their bio and display name
 * share with the thread's title and description; ties go to the smaller user id.
 */
export const localCandidatePicker: CandidatePicker = async (_ctx, request) => {
  const threadWords = topicWords(`${request.thread.title} ${request.thread.description ?? ''}`);
  const scored = request.pool.map((profile) => {
    const profileWords = topicWords(`${profile.displayName} ${profile.bio ?? ''}`);
    const shared = [...threadWords].filter((word) => profileWords.has(word)).sort();
    return { profile, shared };
  });
  scored.sort(
    (a, b) =>
      b.shared.length - a.shared.length ||
      (a.profile.userId < b.profile.userId ? -1 : a.profile.userId > b.profile.userId ? 1 : 0),
  );
  return scored.slice(0, Math.max(0, request.count)).map(({ profile, shared }) => ({
    userId: profile.userId,
    reason:
      shared.length > 0
        ? `Their profile shares your topics: ${shared
            .slice(0, 3)
            .map((word) => `"${word}"`)
            .join(', ')}.`
        : 'A stranger to you with an open profile: a chance to meet someone new.',
  }));
};

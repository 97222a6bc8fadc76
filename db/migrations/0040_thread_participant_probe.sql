-- Migration 0040: the thread rule's participant check as one index probe. Every read of a
-- thread, its messages, deliveries and participants asks "is the viewer a participant of this
-- thread?" once per row (src/resolvers/access/threads.ts). With an index on thread_id and one on
-- user_id, SQLite seeks one column and reads every row under it: all of the viewer's
-- participations, for each message of a page (a user in 500 threads read 500 rows per message).
-- On both columns the check reads the one row it is about, or none.
CREATE INDEX idx_thread_participants_thread_user ON thread_participants (thread_id, user_id);

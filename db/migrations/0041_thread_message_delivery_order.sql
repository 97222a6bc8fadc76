-- Migration 0041: a message's deliveries in the order their pages read them. A page of
-- deliveries ranks each message's rows by (created_at, id) (src/resolvers/pagination): with only
-- the unique (message_id, recipient_user_id) index, SQLite read each delivery's row for its
-- created_at and sorted them per message. On (message_id, created_at, id) the rows come from the
-- index in their order: no table read and no sort (the benchmark thread: 501 rows read to 451).
CREATE INDEX idx_thread_message_deliveries_message_created
  ON thread_message_deliveries (message_id, created_at, id);

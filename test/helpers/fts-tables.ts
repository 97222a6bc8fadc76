/**
 * SQL over a `sqlite_master` row: it is not a full-text index (migration 0035) nor one of the
 * shadow tables FTS5 keeps for it (`<index>_data`, `_idx`, `_docsize`, `_config`). They are
 * SQLite's derived storage, not rows of the product: tests that list or snapshot the tables
 * leave them out (some are WITHOUT ROWID; the index itself is read through its content table).
 */
export const NOT_FTS_TABLE = `coalesce(sqlite_master.sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'
  AND NOT EXISTS (SELECT 1 FROM sqlite_master fts WHERE fts.sql LIKE 'CREATE VIRTUAL TABLE%'
    AND sqlite_master.name LIKE fts.name || '\\_%' ESCAPE '\\')`;

-- Migration 0035: full-text search (SQLite FTS5) over work items, thread messages, lists, rooms
-- and users, for `Query.search`.
--
-- Each index is an external-content FTS5 table: it stores the index only and reads the text from
-- its table by rowid (for snippets), so no text is stored twice. Triggers keep each index in step
-- with its table on every write, whatever path makes it (mutations, seeds, imports, cascades):
-- inserted, deleted and edited rows are reflected in the same transaction as the write. The
-- update triggers fire only when an indexed column is written (`UPDATE OF`), so status,
-- assignment or visibility changes cost the index nothing.
--
-- The index is keyed by the table's rowid. Anything that renumbers a table's rowids (rebuilding
-- the table in a later migration, VACUUM of a table without an INTEGER PRIMARY KEY) must end with
-- `INSERT INTO <table>_fts(<table>_fts) VALUES ('rebuild')` and recreate these triggers if the
-- table was dropped. Visibility is not indexed: the search statement joins each hit to its row and
-- applies the row's visibility rule there (src/resolvers/search/search.ts).
--
-- Tokens: unicode61 (letters and digits; everything else separates words), case-folded, with
-- diacritics removed ("café" finds "cafe").

CREATE VIRTUAL TABLE work_items_fts USING fts5(
  title, description,
  content = 'work_items', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER work_items_fts_insert AFTER INSERT ON work_items BEGIN
  INSERT INTO work_items_fts (rowid, title, description)
    VALUES (new.rowid, new.title, new.description);
END;
CREATE TRIGGER work_items_fts_delete AFTER DELETE ON work_items BEGIN
  INSERT INTO work_items_fts (work_items_fts, rowid, title, description)
    VALUES ('delete', old.rowid, old.title, old.description);
END;
CREATE TRIGGER work_items_fts_update AFTER UPDATE OF title, description ON work_items BEGIN
  INSERT INTO work_items_fts (work_items_fts, rowid, title, description)
    VALUES ('delete', old.rowid, old.title, old.description);
  INSERT INTO work_items_fts (rowid, title, description)
    VALUES (new.rowid, new.title, new.description);
END;
INSERT INTO work_items_fts (work_items_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE thread_messages_fts USING fts5(
  body,
  content = 'thread_messages', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER thread_messages_fts_insert AFTER INSERT ON thread_messages BEGIN
  INSERT INTO thread_messages_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER thread_messages_fts_delete AFTER DELETE ON thread_messages BEGIN
  INSERT INTO thread_messages_fts (thread_messages_fts, rowid, body)
    VALUES ('delete', old.rowid, old.body);
END;
CREATE TRIGGER thread_messages_fts_update AFTER UPDATE OF body ON thread_messages BEGIN
  INSERT INTO thread_messages_fts (thread_messages_fts, rowid, body)
    VALUES ('delete', old.rowid, old.body);
  INSERT INTO thread_messages_fts (rowid, body) VALUES (new.rowid, new.body);
END;
INSERT INTO thread_messages_fts (thread_messages_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE lists_fts USING fts5(
  name, description,
  content = 'lists', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER lists_fts_insert AFTER INSERT ON lists BEGIN
  INSERT INTO lists_fts (rowid, name, description) VALUES (new.rowid, new.name, new.description);
END;
CREATE TRIGGER lists_fts_delete AFTER DELETE ON lists BEGIN
  INSERT INTO lists_fts (lists_fts, rowid, name, description)
    VALUES ('delete', old.rowid, old.name, old.description);
END;
CREATE TRIGGER lists_fts_update AFTER UPDATE OF name, description ON lists BEGIN
  INSERT INTO lists_fts (lists_fts, rowid, name, description)
    VALUES ('delete', old.rowid, old.name, old.description);
  INSERT INTO lists_fts (rowid, name, description) VALUES (new.rowid, new.name, new.description);
END;
INSERT INTO lists_fts (lists_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE rooms_fts USING fts5(
  name, description,
  content = 'rooms', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER rooms_fts_insert AFTER INSERT ON rooms BEGIN
  INSERT INTO rooms_fts (rowid, name, description) VALUES (new.rowid, new.name, new.description);
END;
CREATE TRIGGER rooms_fts_delete AFTER DELETE ON rooms BEGIN
  INSERT INTO rooms_fts (rooms_fts, rowid, name, description)
    VALUES ('delete', old.rowid, old.name, old.description);
END;
CREATE TRIGGER rooms_fts_update AFTER UPDATE OF name, description ON rooms BEGIN
  INSERT INTO rooms_fts (rooms_fts, rowid, name, description)
    VALUES ('delete', old.rowid, old.name, old.description);
  INSERT INTO rooms_fts (rowid, name, description) VALUES (new.rowid, new.name, new.description);
END;
INSERT INTO rooms_fts (rooms_fts) VALUES ('rebuild');

-- Users by display name only: email and bio are not searchable by others.
CREATE VIRTUAL TABLE users_fts USING fts5(
  display_name,
  content = 'users', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_fts (rowid, display_name) VALUES (new.rowid, new.display_name);
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN
  INSERT INTO users_fts (users_fts, rowid, display_name)
    VALUES ('delete', old.rowid, old.display_name);
END;
CREATE TRIGGER users_fts_update AFTER UPDATE OF display_name ON users BEGIN
  INSERT INTO users_fts (users_fts, rowid, display_name)
    VALUES ('delete', old.rowid, old.display_name);
  INSERT INTO users_fts (rowid, display_name) VALUES (new.rowid, new.display_name);
END;
INSERT INTO users_fts (users_fts) VALUES ('rebuild');

-- Articles, every input's status, and full-text search over title + text.
-- Never edit this file once released: add 0002_*.sql instead.

CREATE TABLE articles (
    id         TEXT PRIMARY KEY,          -- Article.id: content hash of the normalised text
    language   TEXT NOT NULL,
    status     TEXT NOT NULL,             -- 'ok' | 'unsupported language'
    title      TEXT,
    published  TEXT,                      -- ISO date as the contract writes it
    source     TEXT,                      -- the input the article was first stored from
    url        TEXT,
    genre      TEXT,
    json       TEXT NOT NULL,             -- the full analysis contract object
    created_at TEXT NOT NULL
);

CREATE INDEX articles_language ON articles (language, status);
CREATE INDEX articles_published ON articles (published);

-- One row per input (file, feed line, <stdin>): a batch resumes from here after a crash.
CREATE TABLE inputs (
    source     TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    article_id TEXT REFERENCES articles (id),  -- kept when a later run of this input fails
    error_code TEXT,
    reason     TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX inputs_status ON inputs (status);

-- Full-text index; rows are written together with their article, keyed by its rowid.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');

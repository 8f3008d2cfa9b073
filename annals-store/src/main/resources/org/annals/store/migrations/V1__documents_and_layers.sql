-- annals store, version 1: documents with their annals/1 JSON, every layer with its spans, stories.
-- Spans are [start, end) offsets into documents.text (Java String indices, UTF-16 code units).
-- Shared by the dialects: {{serial}} and {{double}} are theirs; DIALECT/V1__*.sql adds the full-text index.
CREATE TABLE documents (
  seq            {{serial}},  -- order of arrival: exports and stories follow it
  id             TEXT NOT NULL UNIQUE,               -- the document id of annals/1
  source         TEXT NOT NULL,
  origin         TEXT,
  url            TEXT UNIQUE,
  hash           TEXT NOT NULL UNIQUE,               -- SHA-256 of the text, hex
  published      TEXT,                               -- ISO date or NULL
  published_from TEXT,
  language       TEXT NOT NULL,
  story          TEXT,
  duplicate_of   TEXT,
  text           TEXT NOT NULL,
  json           TEXT NOT NULL                       -- the annals/1 line, as `annals analyze` writes it
);
CREATE TABLE mentions (
  doc TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT, PRIMARY KEY (doc, id));
CREATE TABLE actors (
  doc TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, code TEXT, country TEXT,
  role TEXT, kb TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (doc, id));
CREATE INDEX actors_name ON actors (name);
CREATE INDEX actors_code ON actors (code);
CREATE TABLE times (
  doc TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT, modifier TEXT, anchored_to TEXT, PRIMARY KEY (doc, id));
CREATE TABLE quotes (
  doc TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL, speaker TEXT, speaker_start INTEGER, speaker_end INTEGER, cue TEXT, cue_start INTEGER,
  cue_end INTEGER, embedded INTEGER NOT NULL, PRIMARY KEY (doc, id));
CREATE TABLE events (
  doc TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT, date TEXT, place TEXT,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, negated INTEGER NOT NULL, confidence {{double}} NOT NULL, sentence TEXT NOT NULL,
  PRIMARY KEY (doc, id));
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);
CREATE TABLE event_actors (
  doc TEXT NOT NULL, event TEXT NOT NULL, side TEXT NOT NULL, ord INTEGER NOT NULL, actor TEXT NOT NULL,
  PRIMARY KEY (doc, event, side, ord));
CREATE TABLE counts (
  doc TEXT NOT NULL, ord INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  kind TEXT NOT NULL, value {{double}} NOT NULL, qualifier TEXT, unit TEXT, place TEXT, PRIMARY KEY (doc, ord));
CREATE TABLE stories (
  id TEXT PRIMARY KEY, documents INTEGER NOT NULL, first_published TEXT, last_published TEXT,
  first_document TEXT NOT NULL);
CREATE INDEX documents_story ON documents (story);

-- full text: a GIN index over the English tsvector of documents.text
CREATE INDEX documents_fts ON documents USING gin (to_tsvector('english', text));

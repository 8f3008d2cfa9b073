-- full text: an external-content FTS5 index over documents.text, kept by the store on every put
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='seq',
  tokenize='porter unicode61');

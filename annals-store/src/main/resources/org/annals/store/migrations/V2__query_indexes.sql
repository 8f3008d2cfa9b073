-- annals store, version 2: what queries by actor, dyad, place, speaker and story need to read only their rows.
-- The events and quotes of an actor: from its rows in actors (by name or code), to theirs by (doc, actor id).
CREATE INDEX event_actors_actor ON event_actors (doc, actor);
CREATE INDEX events_place ON events (doc, place);
CREATE INDEX quotes_speaker ON quotes (doc, speaker);
-- Every distinct actor (name, type, code, country) and in how many documents it appears, kept by put and
-- replace: the list of actors without reading every actor of every document. key: name/type/code/country.
CREATE TABLE actor_stats (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, code TEXT, country TEXT,
  documents INTEGER NOT NULL);
INSERT INTO actor_stats (key, name, type, code, country, documents)
  SELECT name || '/' || type || '/' || COALESCE(code, '') || '/' || COALESCE(country, ''), name, type, code, country,
         COUNT(DISTINCT doc)
  FROM actors GROUP BY name, type, code, country;

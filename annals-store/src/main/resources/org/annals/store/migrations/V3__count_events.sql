-- annals store, version 3: a count names the event of its sentence it is of ("23 people were killed when gunmen
-- attacked": the attack), or none. Counts stored before have none.
ALTER TABLE counts ADD COLUMN event TEXT;

-- A recorded snapshot's entries (id, list, name, fingerprint) as one deflated block, cut into parts
-- of at most 900,000 bytes, instead of one row per entry: recording the shipped lists' 10,400
-- entries a row at a time took a first run about a second. Snapshots recorded before this
-- migration keep their rows in list_snapshot_entry, where the delta still reads them.
CREATE TABLE list_snapshot_part (
  snapshot        VARCHAR(80)   NOT NULL,
  seq             INT           NOT NULL,
  content         BYTEA         NOT NULL,
  PRIMARY KEY (snapshot, seq)
);

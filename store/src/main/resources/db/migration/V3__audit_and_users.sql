-- The audit trail: append-only and hash-chained. Each entry's hash covers its own fields and the
-- previous entry's hash (docs/audit.md gives the exact recipe), so that a changed, deleted or
-- reordered row breaks the chain at that row. recorded_at is kept as the exact ISO-8601 text that
-- was hashed, so that verification does not depend on a database's timestamp type.
CREATE TABLE audit_entry (
  seq          BIGINT        PRIMARY KEY,
  recorded_at  VARCHAR(40)   NOT NULL,
  actor        VARCHAR(200)  NOT NULL,
  action       VARCHAR(100)  NOT NULL,
  subject      VARCHAR(1000) NOT NULL,
  detail       CHARACTER VARYING NOT NULL,
  prev_hash    CHAR(64)      NOT NULL,
  hash         CHAR(64)      NOT NULL
);

-- One row: the last entry's number and hash. Appending locks it, which puts concurrent writers in
-- one order; verification checks that the chain ends where the head says.
CREATE TABLE audit_head (
  id    INT      PRIMARY KEY,
  seq   BIGINT   NOT NULL,
  hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Users and their roles (viewer, officer, admin).
CREATE TABLE app_user (
  name        VARCHAR(200) PRIMARY KEY,
  role        VARCHAR(16)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(200) NOT NULL
);

-- Determinations recorded from now on name who asked for them.
ALTER TABLE determination ADD COLUMN actor VARCHAR(200);
ALTER TABLE determination ADD COLUMN input CHARACTER VARYING;

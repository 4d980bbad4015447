-- Logins are records of their own since V5 (logins), each ended one by one or all together; the
-- account-wide cut-off that V2 added is no longer read or written by anything.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE users DROP COLUMN logins_valid_from;

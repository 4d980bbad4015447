-- Languages. users.language: the interface language a person chose (ISO 639-1: en, es, de); NULL
-- when they chose none, and their browser's applies. posts.language: the language a post is written
-- in (any ISO 639-1 code), shown as its lang attribute; NULL for posts written before this
-- migration, whose language nobody recorded. The same SQL runs on PostgreSQL and on H2.
ALTER TABLE users ADD COLUMN language VARCHAR(2);
ALTER TABLE posts ADD COLUMN language VARCHAR(2);

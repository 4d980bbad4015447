-- The token of the form a post was written in: a form submitted twice (a double click, a resent
-- request) carries the same token, and the unique key stores its post once. NULL for posts made
-- without a form (API, seeding); NULLs never clash.
ALTER TABLE posts ADD COLUMN form_token VARCHAR(64);
CREATE UNIQUE INDEX uq_posts_author_form_token ON posts (author_id, form_token);

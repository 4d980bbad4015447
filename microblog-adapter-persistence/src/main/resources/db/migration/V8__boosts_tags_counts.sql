-- Boosts, tags, and reply and boost counts (issue 12). The same SQL runs on PostgreSQL and on H2.

-- A boost is a row of posts that points at the post it shares (boost_of_id), as Mastodon keeps
-- reblogs: it takes its id from the posts' identity, so one number orders posts and boosts in a
-- home timeline and keyset pages stay one range read. A boost row has no words (body and spoiler
-- empty), no form token, answers nothing and carries no tags; it is never a post of its own, so
-- every read of posts other than the home timeline keeps to boost_of_id IS NULL. Deleting the
-- boosted post deletes its boosts (CASCADE); an account's boosts go with the account.
ALTER TABLE posts ADD COLUMN boost_of_id BIGINT;
ALTER TABLE posts ADD CONSTRAINT fk_posts_boost_of
    FOREIGN KEY (boost_of_id) REFERENCES posts (id) ON DELETE CASCADE;
-- One boost per person and post (NULLs, the posts themselves, never clash); also serves "which of
-- these posts does the reader boost" and unboosting.
CREATE UNIQUE INDEX uq_posts_author_boost_of ON posts (author_id, boost_of_id);
-- "Is there a newer boost of this post?": the home timeline's NOT EXISTS probes this index.
CREATE INDEX ix_posts_boost_of_id_id ON posts (boost_of_id, id);

-- Counts kept in the transaction that changes them, as like_count is: replies that are not
-- deleted, and boosts.
ALTER TABLE posts ADD COLUMN reply_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE posts ADD COLUMN boost_count BIGINT DEFAULT 0 NOT NULL;
UPDATE posts SET reply_count =
    (SELECT COUNT(*) FROM posts r WHERE r.in_reply_to_id = posts.id AND r.deleted = FALSE)
WHERE id IN (SELECT in_reply_to_id FROM posts WHERE in_reply_to_id IS NOT NULL);

-- The tags a post is filed under, written when it is published: the key of each tag of its body
-- (Tag.key(): NFC, case-folded), so a tag page is a range read of the primary key, newest first.
-- Keys are at most 300 code points (Tag.MAX_KEY_LENGTH); H2 counts UTF-16 units, so room for
-- characters outside the BMP. Posts published before this migration are not filed: their tags
-- still link to the tag page, which lists what was published since.
CREATE TABLE post_tags (
    tag_key VARCHAR(600) NOT NULL,
    post_id BIGINT NOT NULL,
    CONSTRAINT pk_post_tags PRIMARY KEY (tag_key, post_id),
    CONSTRAINT fk_post_tags_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

-- A post's own tags, for the cascade when it goes and for leaving a tombstone.
CREATE INDEX ix_post_tags_post_id ON post_tags (post_id);

-- Each account's number of posts and when it last posted, stored on the account (issue 14: the
-- client API's statuses_count and last_status_at; counts are stored, not counted per view).
-- The count follows Mastodon's statuses_count: posts, replies and boosts; tombstones (deleted
-- posts kept for their replies) do not count. The post and boost adapters move it in the
-- transaction that adds or removes such a row, including the boosts that go with a deleted post
-- or account. last_post_at only moves forward, as Mastodon's last_status_at does: deleting the
-- newest post leaves it. The same SQL runs on PostgreSQL and on H2.
ALTER TABLE users ADD COLUMN post_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN last_post_at TIMESTAMP WITH TIME ZONE;

UPDATE users SET
    post_count = (SELECT COUNT(*) FROM posts p WHERE p.author_id = users.id AND p.deleted = FALSE),
    last_post_at = (SELECT MAX(p.published_at) FROM posts p
                    WHERE p.author_id = users.id AND p.deleted = FALSE);

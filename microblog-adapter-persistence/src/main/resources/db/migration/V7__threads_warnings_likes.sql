-- Replies, content warnings and likes (issue 12). The same SQL runs on PostgreSQL and on H2.

-- The post a reply answers. When an account goes, its posts go with it and the replies that other
-- people wrote to them stay, answering nothing (SET NULL). A post deleted by its author while it
-- has replies stays as a tombstone instead (deleted, body and warning emptied), so that its
-- replies keep their place in the thread.
ALTER TABLE posts ADD COLUMN in_reply_to_id BIGINT;
ALTER TABLE posts ADD CONSTRAINT fk_posts_in_reply_to
    FOREIGN KEY (in_reply_to_id) REFERENCES posts (id) ON DELETE SET NULL;
-- A thread's replies, oldest first by id, are a range scan of this index.
CREATE INDEX ix_posts_in_reply_to_id_id ON posts (in_reply_to_id, id);

-- 100 code points; H2 counts UTF-16 units, so leave room for characters outside the BMP.
ALTER TABLE posts ADD COLUMN spoiler VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE posts ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;

-- The number of rows in likes for the post, kept in the transaction that changes them.
ALTER TABLE posts ADD COLUMN like_count BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE likes (
    post_id    BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_likes PRIMARY KEY (post_id, user_id),
    CONSTRAINT fk_likes_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_likes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- "Which of these posts does the reader like" and an account's removal read this index.
CREATE INDEX ix_likes_user_id_post_id ON likes (user_id, post_id);

package org.microblog.application.port.in.post;

import java.time.Instant;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** A post as lists show it: with its author's name. */
public record PostView(
    PostId id, UserId authorId, Username author, PostText text, Instant publishedAt) {}

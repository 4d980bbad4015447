package org.microblog.boot.accessibility;

import static org.microblog.boot.accessibility.PageState.Viewer.ANONYMOUS;
import static org.microblog.boot.accessibility.PageState.Viewer.EMPTY;
import static org.microblog.boot.accessibility.PageState.Viewer.FULL;
import static org.microblog.boot.accessibility.PageState.Viewer.SECOND_STEP;
import static org.microblog.boot.accessibility.PageState.error;
import static org.microblog.boot.accessibility.PageState.page;

import java.util.List;
import java.util.Map;

/**
 * Every page the app renders, in every state that changes its markup: the one list that the
 * validity, accessibility, keyboard and layout checks iterate. {@code PageRegistryTest} fails when
 * a route exists that neither this list nor {@link #NOT_PAGES} covers, so a new page is checked
 * from its first day. Add the new page here (with its error and empty states).
 */
final class PageRegistry {
  private static final String TOO_LONG = "x".repeat(300);

  private PageRegistry() {}

  /** Routes that never render a page of their own, and why. */
  static final Map<String, String> NOT_PAGES =
      Map.ofEntries(
          Map.entry("POST /posts/{id}/boost", "only redirects back to the page the button was on"),
          Map.entry("POST /language", "only redirects back to the page the switcher was on"),
          Map.entry(
              "POST /posts/{id}/unboost", "only redirects back to the page the button was on"),
          Map.entry(
              "GET /avatars/{username}.svg", "an SVG image, checked by the pages that show it"),
          Map.entry("GET /token_info", "Micronaut Security's JSON token introspection"),
          Map.entry("POST /token_info", "Micronaut Security's JSON token introspection"),
          Map.entry("GET /settings/export/{id}/download", "a zip download"),
          Map.entry(
              "POST /settings/export",
              "redirects to the export page (listed); while an export is under way it shows that"
                  + " page again with a 409 notice"),
          Map.entry("GET /health", "JSON for load balancers"),
          Map.entry("GET /events", "the live event stream (text/event-stream) of open pages"),
          Map.entry("GET /api/{+path}", "client API JSON (404 for any other GET under /api/)"),
          Map.entry("POST /api/{+path}", "client API JSON (404 for any other POST under /api/)"),
          Map.entry("DELETE /api/{+path}", "client API JSON (404 for any other DELETE)"),
          Map.entry("PUT /api/{+path}", "client API JSON (404 for any PUT under /api/)"),
          Map.entry("PATCH /api/{+path}", "client API JSON (404 for any PATCH under /api/)"),
          Map.entry("GET /api/v1/instance", "client API JSON (Mastodon's Instance v1)"),
          Map.entry("GET /api/v2/instance", "client API JSON (Mastodon's Instance v2)"),
          Map.entry("GET /api/openapi.yml", "the client API's OpenAPI document (YAML)"),
          Map.entry("GET /.well-known/nodeinfo", "JSON links to the NodeInfo document"),
          Map.entry("GET /nodeinfo/2.0", "JSON NodeInfo 2.0 document"),
          Map.entry("GET /api/v1/accounts/lookup", "client API JSON (an Account)"),
          Map.entry("GET /api/v1/accounts/{id}", "client API JSON (an Account)"),
          Map.entry("GET /api/v1/accounts/{id}/statuses", "client API JSON (Statuses)"),
          Map.entry("GET /api/v1/accounts/{id}/followers", "client API JSON (Accounts)"),
          Map.entry("GET /api/v1/accounts/{id}/following", "client API JSON (Accounts)"),
          Map.entry("GET /api/v1/timelines/tag/{hashtag}", "client API JSON (Statuses)"),
          Map.entry("GET /api/v2/search", "client API JSON (a Search result)"),
          Map.entry("GET /api/v1/instance/rules", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/instance/peers", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/instance/activity", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/trends", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/trends/tags", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/trends/statuses", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/trends/links", "client API JSON (an empty list)"),
          Map.entry("GET /api/v1/timelines/public", "client API JSON (Statuses)"),
          Map.entry("GET /api/v1/statuses/{id}", "client API JSON (a Status)"),
          Map.entry("GET /api/v1/statuses/{id}/context", "client API JSON (a Context)"),
          Map.entry("PUT /api/v1/statuses/{id}", "client API JSON (the edited Status)"),
          Map.entry("GET /api/v1/statuses/{id}/history", "client API JSON (StatusEdits)"),
          Map.entry("GET /api/v1/statuses/{id}/favourited_by", "client API JSON (Accounts)"),
          Map.entry("GET /api/v1/statuses/{id}/reblogged_by", "client API JSON (Accounts)"),
          Map.entry("POST /api/v1/apps", "client API JSON (an Application)"),
          Map.entry("GET /api/v1/apps/verify_credentials", "client API JSON (an Application)"),
          Map.entry("POST /oauth/token", "OAuth JSON (a Token or an OAuth error)"),
          Map.entry("POST /oauth/revoke", "OAuth JSON"),
          Map.entry(
              "GET /api/v1/accounts/verify_credentials", "client API JSON (a CredentialAccount)"),
          Map.entry("GET /api/v1/accounts/relationships", "client API JSON (Relationships)"),
          Map.entry("POST /api/v1/accounts/{id}/follow", "client API JSON (a Relationship)"),
          Map.entry("POST /api/v1/accounts/{id}/unfollow", "client API JSON (a Relationship)"),
          Map.entry("GET /api/v1/timelines/home", "client API JSON (Statuses)"),
          Map.entry("POST /api/v1/statuses", "client API JSON (a Status)"),
          Map.entry("DELETE /api/v1/statuses/{id}", "client API JSON (a Status)"),
          Map.entry("POST /api/v1/statuses/{id}/favourite", "client API JSON (a Status)"),
          Map.entry("POST /api/v1/statuses/{id}/unfavourite", "client API JSON (a Status)"),
          Map.entry("POST /api/v1/statuses/{id}/reblog", "client API JSON (a Status)"),
          Map.entry("POST /api/v1/statuses/{id}/unreblog", "client API JSON (a Status)"),
          Map.entry("GET /api/v1/notifications", "client API JSON (Notifications)"),
          Map.entry("GET /api/v1/preferences", "client API JSON (default preferences)"),
          // Client API (api-people)
          Map.entry("GET /api/v1/markers", "client API JSON (Markers)"),
          Map.entry("POST /api/v1/markers", "client API JSON (Markers)"),
          Map.entry("GET /api/v1/notifications/{id}", "client API JSON (a Notification)"),
          Map.entry("POST /api/v1/notifications/clear", "client API JSON (an empty object)"),
          Map.entry("POST /api/v1/notifications/{id}/dismiss", "client API JSON (an empty object)"),
          Map.entry(
              "PATCH /api/v1/accounts/update_credentials", "client API JSON (a CredentialAccount)"),
          Map.entry("POST /api/v1/accounts/{id}/block", "client API JSON (a Relationship)"),
          Map.entry("POST /api/v1/accounts/{id}/unblock", "client API JSON (a Relationship)"),
          Map.entry("POST /api/v1/accounts/{id}/mute", "client API JSON (a Relationship)"),
          Map.entry("POST /api/v1/accounts/{id}/unmute", "client API JSON (a Relationship)"),
          Map.entry("GET /api/v1/blocks", "client API JSON (Accounts)"),
          Map.entry("GET /api/v1/mutes", "client API JSON (Accounts)"),
          Map.entry("GET /api/v1/follow_requests", "client API JSON (no follow requests)"),
          Map.entry("GET /api/v1/followed_tags", "client API JSON (no followed tags)"),
          Map.entry("GET /api/v1/filters", "client API JSON (no filters)"),
          Map.entry("GET /api/v2/filters", "client API JSON (no filters)"),
          Map.entry("GET /api/v1/lists", "client API JSON (no lists)"),
          Map.entry("GET /api/v1/announcements", "client API JSON (no announcements)"),
          Map.entry("GET /api/v1/custom_emojis", "client API JSON (no custom emojis)"),
          Map.entry("GET /api/v1/streaming/health", "client API plain text (OK)"),
          Map.entry("GET /api/v1/streaming/user", "client API event stream (text/event-stream)"),
          Map.entry(
              "GET /api/v1/streaming/user/notification",
              "client API event stream (text/event-stream)"),
          Map.entry("GET /api/v1/streaming", "client API event stream (text/event-stream)"),
          Map.entry(
              "POST /settings/apps/{clientId}/revoke",
              "only redirects to the apps page (its notice is listed)"),
          Map.entry("POST /logout", "only redirects to the login page (with its notice, listed)"),
          Map.entry(
              "POST /settings/logout-everywhere", "only redirects to the login page (listed)"),
          Map.entry(
              "POST /users/{username}/unfollow",
              "redirects, or refuses with the profile page that follow's refusal shows (listed)"),
          Map.entry(
              "POST /users/{username}/unblock",
              "redirects, or refuses with the profile page that block's refusal shows (listed)"),
          Map.entry(
              "POST /users/{username}/mute",
              "redirects, or refuses with the profile page that block's refusal shows (listed)"),
          Map.entry(
              "POST /users/{username}/unmute",
              "redirects, or refuses with the profile page that block's refusal shows (listed)"),
          Map.entry("POST /posts/{id}/like", "only redirects back to the page the button was on"),
          Map.entry(
              "POST /posts/{id}/unlike", "only redirects back to the page the button was on"));

  /** Route prefixes of operators' JSON endpoints, never pages. */
  static final List<String> NOT_PAGE_PREFIXES = List.of("/management");

  static final List<PageState> ALL =
      List.of(
          // Someone not logged in
          page("login", ANONYMOUS, "/login", "GET /login"),
          page("login-notice", ANONYMOUS, "/login?logged-out"),
          page("login", ANONYMOUS, "/login")
              .answer("login-error", "/login", 422, "username", "ada", "password", "wrong one"),
          page("register", ANONYMOUS, "/register", "GET /register"),
          page("register", ANONYMOUS, "/register")
              .answer(
                  "register-errors",
                  "/register",
                  422,
                  "username",
                  "a!",
                  "email",
                  "not an address",
                  "password",
                  "short",
                  "confirm",
                  "other"),
          page("forgot-password", ANONYMOUS, "/reset-password", "GET /reset-password"),
          page("forgot-password-sent", ANONYMOUS, "/reset-password?sent"),
          page("forgot-password", ANONYMOUS, "/reset-password")
              .answer("forgot-password-error", "/reset-password", 422, "email", "not an address"),
          page(
              "new-password",
              ANONYMOUS,
              "/reset-password/{resetToken}",
              "GET /reset-password/{token}"),
          page("new-password", ANONYMOUS, "/reset-password/{resetToken}")
              .answer(
                  "new-password-errors",
                  "/reset-password/{resetToken}",
                  422,
                  "password",
                  "short",
                  "confirm",
                  "other")
              .covering("POST /reset-password/{token}"),
          error("link-unknown", ANONYMOUS, "/reset-password/" + "A".repeat(43), 404),
          error("link-malformed", ANONYMOUS, "/reset-password/not-a-token", 400),
          page(
              "verify-email",
              ANONYMOUS,
              "/verify-email/{verifyToken}",
              "GET /verify-email/{token}"),
          page("verify-email", ANONYMOUS, "/verify-email/{verifyToken}")
              .answer("verify-email-unknown", "/verify-email/" + "A".repeat(43), 404)
              .covering("POST /verify-email/{token}"),
          page("explore-anonymous", ANONYMOUS, "/explore", "GET /explore"),
          page("explore-empty", ANONYMOUS, "/explore?before=1"),
          page("profile-anonymous", ANONYMOUS, "/users/ada", "GET /users/{username}"),
          page(
              "followers-anonymous",
              ANONYMOUS,
              "/users/ada/followers",
              "GET /users/{username}/followers"),
          page(
              "following-anonymous",
              ANONYMOUS,
              "/users/ada/following",
              "GET /users/{username}/following"),
          error("not-found-anonymous", ANONYMOUS, "/users/nobody", 404),
          error("bad-request", ANONYMOUS, "/explore?before=abc", 400),
          page("post-anonymous", ANONYMOUS, "/posts/{threadStart}", "GET /posts/{id}"),
          page("post-warning-anonymous", ANONYMOUS, "/posts/{threadReply}"),
          page(
              "post-history-anonymous",
              ANONYMOUS,
              "/posts/{threadReply}/history",
              "GET /posts/{id}/history"),
          error("post-not-found", ANONYMOUS, "/posts/999999", 404),
          page("tag-anonymous", ANONYMOUS, "/tags/engines", "GET /tags/{tag}"),
          page("tag-empty", ANONYMOUS, "/tags/engines?before=1"),
          error("tag-unknown", ANONYMOUS, "/tags/nothingtagged", 404),
          error("tag-bad-page-link", ANONYMOUS, "/tags/engines?before=abc", 400),
          page("search-form", ANONYMOUS, "/search", "GET /search"),
          page("search-anonymous", ANONYMOUS, "/search?q=Engines+ada"),
          page("search-nothing-found", ANONYMOUS, "/search?q=nothingmatches"),
          error("search-too-long", ANONYMOUS, "/search?q=" + TOO_LONG, 400),
          page("login", ANONYMOUS, "/login")
              .answer("forbidden-without-csrf-token", "/login", 403, "username", "ada")
              .withoutCsrfToken(),

          // Someone logged in with full lists
          page("home", FULL, "/", "GET /"),
          page("home-older", FULL, "{homeOlder}"),
          page("home", FULL, "/").answer("home-post-error", "/posts", 422, "body", " "),
          page("explore", FULL, "/explore"),
          page("explore-older", FULL, "{exploreOlder}"),
          page("tag", FULL, "/tags/Engines"),
          page("tag-older", FULL, "{tagOlder}"),
          page("search", FULL, "/search?q=engines"),
          page("search-older", FULL, "{searchOlder}"),
          page("post-with-replies", FULL, "/posts/{threadStart}"),
          page("post-in-thread-with-warning", FULL, "/posts/{threadReply}"),
          page("post-without-replies", FULL, "/posts/{lonelyPost}"),
          page("post-under-deleted-post", FULL, "/posts/{orphanReply}"),
          page("post-with-replies", FULL, "/posts/{threadStart}")
              .answer("reply-errors", "/posts", 422, "body", " ", "spoiler", TOO_LONG),
          page("post-edit", FULL, "/posts/{threadReply}/edit", "GET /posts/{id}/edit"),
          page("post-edit", FULL, "/posts/{threadReply}/edit")
              .answer(
                  "post-edit-errors",
                  "/posts/{threadReply}/edit",
                  422,
                  "body",
                  " ",
                  "spoiler",
                  TOO_LONG)
              .covering("POST /posts/{id}/edit"),
          error("post-edit-forbidden", FULL, "/posts/{threadStart}/edit", 403),
          page("post-history", FULL, "/posts/{threadReply}/history"),
          page("post-history-unedited", FULL, "/posts/{lonelyPost}/history"),
          page("notifications", FULL, "/notifications", "GET /notifications"),
          page("notifications-older", FULL, "/notifications?before=999999999"),
          page("messages", FULL, "/messages", "GET /messages"),
          page("messages-older-empty", FULL, "/messages?before=1"),
          page("conversation", FULL, "/messages/bob", "GET /messages/{username}"),
          page("conversation-older", FULL, "{conversationOlder}"),
          page("conversation-sent", FULL, "/messages/bob?done=message-sent"),
          page("conversation", FULL, "/messages/bob")
              .answer("conversation-error", "/messages/bob", 422, "body", " ")
              .covering("POST /messages/{username}"),
          page("conversation", FULL, "/messages/bob")
              .answer("message-delete-unknown", "/messages/bob/999999999/delete", 404)
              .covering("POST /messages/{username}/{id}/delete"),
          error("conversation-self", FULL, "/messages/ada", 422),
          error("conversation-unknown", FULL, "/messages/nobody", 404),
          page("profile-own", FULL, "/users/ada"),
          page("profile-followed", FULL, "/users/bob"),
          page("profile-not-followed", FULL, "/users/newbie"),
          page("profile-own", FULL, "/users/ada")
              .answer("follow-refused", "/users/ada/follow", 422)
              .covering("POST /users/{username}/follow"),
          page("profile-own", FULL, "/users/ada")
              .answer("block-refused", "/users/ada/block", 422)
              .covering("POST /users/{username}/block"),
          page("profile-blocked-notice", FULL, "/users/newbie?done=blocked"),
          page("blocks-settings", FULL, "/settings/blocks", "GET /settings/blocks"),
          page("profile-settings", FULL, "/settings/profile", "GET /settings/profile"),
          page("profile-settings", FULL, "/settings/profile")
              .answer(
                  "profile-settings-errors",
                  "/settings/profile",
                  422,
                  "username",
                  "a!",
                  "about",
                  TOO_LONG),
          page("sessions", FULL, "/settings/sessions", "GET /settings/sessions"),
          page("sessions", FULL, "/settings/sessions")
              .answer("session-end-unknown", "/settings/sessions/" + "A".repeat(22) + "/end", 404)
              .covering("POST /settings/sessions/{id}/end"),
          page("apps", FULL, "/settings/apps", "GET /settings/apps"),
          page("apps-revoked", FULL, "/settings/apps?revoked"),
          page("oauth-authorize", FULL, "{oauthAuthorize}", "GET /oauth/authorize"),
          page("oauth-authorize", FULL, "{oauthAuthorize}")
              .answer("oauth-code", "/oauth/authorize", 200, "decision", "approve")
              .covering("POST /oauth/authorize"),
          error(
              "oauth-authorize-unknown-app",
              FULL,
              "/oauth/authorize?response_type=code&client_id=nope&redirect_uri=x",
              400),
          page("two-factor-setup", FULL, "/settings/two-factor", "GET /settings/two-factor"),
          page("two-factor-setup", FULL, "/settings/two-factor")
              .answer("two-factor-setup-error", "/settings/two-factor/enable", 422, "code", "12")
              .covering("POST /settings/two-factor/enable"),
          page("two-factor-setup", FULL, "/settings/two-factor")
              .answer(
                  "two-factor-off-error",
                  "/settings/two-factor/disable",
                  422,
                  "password",
                  "wrong one",
                  "code",
                  "12")
              .covering("POST /settings/two-factor/disable"),
          page("two-factor-login", SECOND_STEP, "/login/two-factor", "GET /login/two-factor"),
          page("two-factor-login", SECOND_STEP, "/login/two-factor")
              .answer("two-factor-login-error", "/login/two-factor", 422, "code", "12")
              .covering("POST /login/two-factor"),
          page("account-settings", FULL, "/settings/account", "GET /settings/account"),
          page("account-settings-notice", FULL, "/settings/account?done=password-changed"),
          page("account-settings", FULL, "/settings/account")
              .answer(
                  "change-email-errors",
                  "/settings/account/email",
                  422,
                  "email",
                  "not an address",
                  "current",
                  "wrong one"),
          page("account-settings", FULL, "/settings/account")
              .answer(
                  "change-password-errors",
                  "/settings/account/password",
                  422,
                  "current",
                  "wrong one",
                  "password",
                  "short",
                  "confirm",
                  "other"),
          page("account-settings", FULL, "/settings/account")
              .answer("verification-refused", "/settings/account/verification", 422),
          page("export-ready", FULL, "/settings/export", "GET /settings/export"),
          page("export-none", EMPTY, "/settings/export"),
          page("delete-account", FULL, "/settings/delete", "GET /settings/delete"),
          page("delete-account", FULL, "/settings/delete")
              .answer("delete-account-error", "/settings/delete", 422, "password", "wrong one"),
          error("not-found", FULL, "/users/nobody", 404),
          page("profile-followed", FULL, "/users/bob")
              .answer("forbidden", "{bobPostDelete}", 403)
              .covering("POST /posts/{id}/delete"),

          // Someone brand new: empty lists, address not verified yet
          page("home-empty", EMPTY, "/"),
          page("notifications-empty", EMPTY, "/notifications"),
          page("notifications-older-empty", EMPTY, "/notifications?before=1"),
          page("messages-empty", EMPTY, "/messages"),
          page("conversation-empty", EMPTY, "/messages/ada"),
          page("profile-own-empty", EMPTY, "/users/newbie"),
          page("followers-empty", EMPTY, "/users/newbie/followers"),
          page("account-settings-unverified", EMPTY, "/settings/account"),
          page("apps-empty", EMPTY, "/settings/apps"));

  /** The main pages, photographed at phone and desktop width in light and dark. */
  static final List<String> SCREENSHOTS =
      List.of("home", "profile-followed", "explore-anonymous", "register-errors");
}

// Drives a running Microblog with masto.js (a real Mastodon client library), pinned by the lock
// file. The boot test MastoClientTest starts the server, gets a person's token through the consent
// page, and runs: node masto-journey.mjs URL TOKEN. Prints one line per step; exits 1 on the first
// failure, with the library's error.
import { createOAuthAPIClient, createRestAPIClient } from "masto";

const [url, token] = process.argv.slice(2);
const check = (condition, what) => {
  if (!condition) {
    throw new Error("check failed: " + what);
  }
  console.log("ok " + what);
};

try {
  const anonymous = createRestAPIClient({ url });
  const app = await anonymous.v1.apps.create({
    clientName: "masto.js journey",
    redirectUris: "urn:ietf:wg:oauth:2.0:oob",
    scopes: "read write follow",
  });
  check(app.clientId && app.clientSecret, "apps.create");

  const oauth = createOAuthAPIClient({ url });
  const appToken = await oauth.token.create({
    grantType: "client_credentials",
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    scope: "read",
  });
  check(appToken.tokenType === "Bearer", "token.create (client_credentials, multipart)");
  const asApp = createRestAPIClient({ url, accessToken: appToken.accessToken });
  check((await asApp.v1.apps.verifyCredentials()).name === "masto.js journey", "apps.verifyCredentials");

  const masto = createRestAPIClient({ url, accessToken: token });
  const me = await masto.v1.accounts.verifyCredentials();
  check(/^\d+$/.test(me.id) && me.source, "accounts.verifyCredentials");
  const instance = await masto.v2.instance.fetch();
  check(instance.version.length > 0, "v2.instance.fetch");

  const status = await masto.v1.statuses.create({ status: "Hello from masto.js" });
  check(status.content.includes("Hello from masto.js"), "statuses.create");
  const reply = await masto.v1.statuses.create({
    status: "a reply",
    inReplyToId: status.id,
    spoilerText: "cw",
  });
  check(reply.inReplyToId === status.id && reply.spoilerText === "cw", "statuses.create (reply)");
  check((await masto.v1.accounts.verifyCredentials()).statusesCount === 2, "statuses_count");
  const home = await masto.v1.timelines.home.list({ limit: 5 });
  check(home.some((s) => s.id === status.id), "timelines.home.list");
  const paged = masto.v1.timelines.home.list({ limit: 1 });
  let pages = 0;
  for await (const page of paged) {
    pages += 1;
    if (pages === 2) {
      break;
    }
  }
  check(pages === 2, "timelines.home paging by the Link header");

  check((await masto.v1.statuses.$select(status.id).favourite()).favourited === true, "favourite");
  const favouriters = await masto.v1.statuses.$select(status.id).favouritedBy.list();
  check(favouriters.length === 1 && favouriters[0].id === me.id, "statuses.favouritedBy.list");
  check((await masto.v1.statuses.$select(status.id).unfavourite()).favourited === false, "unfavourite");
  check((await masto.v1.statuses.$select(status.id).reblog()).reblogged === true, "reblog");
  const boosters = await masto.v1.statuses.$select(status.id).rebloggedBy.list();
  check(boosters.length === 1 && boosters[0].id === me.id, "statuses.rebloggedBy.list");
  check((await masto.v1.statuses.$select(status.id).unreblog()).reblogged === false, "unreblog");
  const edited = await masto.v1.statuses
    .$select(status.id)
    .update({ status: "Hello again from masto.js", spoilerText: "edited", language: "en" });
  check(edited.editedAt && edited.spoilerText === "edited", "statuses.update");
  const versions = await masto.v1.statuses.$select(status.id).history.list();
  check(
    versions.length === 2 && versions[1].content.includes("Hello again") && versions[0].account.id === me.id,
    "statuses.history.list",
  );
  const relationships = await masto.v1.accounts.relationships.fetch({ id: [me.id] });
  check(relationships.length === 1 && relationships[0].following === false, "relationships");
  check(Array.isArray(await masto.v1.notifications.list()), "notifications.list");
  check((await masto.v1.preferences.fetch())["posting:default:visibility"] === "public", "preferences");
  await masto.v1.markers.fetch({ timeline: ["home", "notifications"] });
  check(true, "markers.fetch");
  check((await masto.v1.customEmojis.list()).length === 0, "customEmojis.list");
  check((await masto.v2.filters.list()).length === 0, "v2.filters.list");
  check((await masto.v1.lists.list()).length === 0, "lists.list");
  check((await masto.v1.announcements.list()).length === 0, "announcements.list");
  await masto.v1.statuses.$select(reply.id).remove();
  check(true, "statuses.remove");

  let refused = false;
  try {
    await asApp.v1.statuses.create({ status: "an app token cannot post" });
  } catch (error) {
    refused = error.statusCode === 403;
  }
  check(refused, "a token without the scope gets 403");
  await oauth.revoke({ clientId: app.clientId, clientSecret: app.clientSecret, token: appToken.accessToken });
  let revoked = false;
  try {
    await asApp.v1.apps.verifyCredentials();
  } catch (error) {
    revoked = error.statusCode === 401;
  }
  check(revoked, "revoke, then 401");
} catch (error) {
  console.error("FAILED: " + (error.stack || error));
  process.exit(1);
}

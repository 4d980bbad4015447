package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One journey in a real headless Chromium: people register, log in, post, follow, read the home
 * timeline, answer, mention, like and boost each other, open a tag, read their notifications (a
 * boost's too), write each other a private message, edit a post and read its history, and log out,
 * all by clicking.
 */
@MicronautTest
class BrowserJourneyTest {
  @Inject EmbeddedServer server;
  private Chromium browser;

  @BeforeEach
  void startChromium() {
    browser = Chromium.startOrSkip(server.getPort());
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  private void register(String name) {
    browser.open("/register");
    browser.fill("username", name);
    browser.fill("email", name + "@example.org");
    browser.fill("password", "password of " + name);
    browser.fill("confirm", "password of " + name);
    browser.submit("/register");
    assertThat(browser.text(By.cssSelector(".notice"))).contains("Your account is ready");
  }

  private void logIn(String name) {
    browser.open("/login");
    browser.fill("username", name);
    browser.fill("password", "password of " + name);
    browser.submit("/login");
    assertThat(browser.text(By.id("current-user"))).isEqualTo(name);
  }

  private void logOut() {
    browser.submit("/logout");
    assertThat(browser.text(By.cssSelector(".notice"))).contains("logged out");
  }

  private void post(String text) {
    browser.fill("body", text);
    browser.submit("/posts");
  }

  private List<String> timeline() {
    return browser.driver().findElements(By.cssSelector(".post-body")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Rosa opens Sam's post, answers it behind a content warning, opens the warning, likes. */
  private void replyWithAContentWarningAndLike() {
    browser.open("/users/sam");
    browser.click(By.cssSelector(".post .permalink"));
    String samsPost = browser.driver().getCurrentUrl().replaceAll(".*/posts/", "");
    browser.fill("spoiler", "Mild spoilers");
    browser.fill("body", "Replying, @sam!");
    browser.submit("/posts");

    assertThat(browser.text(By.cssSelector(".thread .post-body"))).isEqualTo("Sam's first post");
    WebElement hidden = browser.driver().findElement(By.cssSelector(".focus .post-body"));
    assertThat(hidden.isDisplayed()).as("the warning hides the body").isFalse();
    browser.driver().findElement(By.cssSelector(".focus details summary")).click();
    assertThat(hidden.isDisplayed()).isTrue();
    assertThat(hidden.getText()).isEqualTo("Replying, @sam!");
    assertThat(hidden.findElement(By.tagName("a")).getAttribute("href")).endsWith("/users/sam");

    browser.submit("/posts/" + samsPost + "/like");
    assertThat(browser.text(By.cssSelector(".thread .likes"))).isEqualTo("1 like");
    assertThat(browser.text(By.cssSelector(".thread form[action$='/unlike'] button")))
        .startsWith("Unlike");
  }

  /**
   * Sam boosts Tia's post from the explore page; Rosa, who follows Sam but not Tia, finds it on her
   * home page as "sam boosted", follows its tag to the tag page, and sees the boost counted.
   */
  private void boostSharesAPostWithTheBoostersFollowers() {
    logOut();
    logIn("tia");
    post("Tea time #teatime");
    logOut();

    logIn("sam");
    browser.open("/explore");
    WebElement tias = browser.driver().findElements(By.cssSelector(".post")).get(0);
    String id = tias.getAttribute("id").substring("post-".length());
    assertThat(tias.findElement(By.cssSelector(".author")).getText()).isEqualTo("tia");
    browser.click(By.cssSelector("#post-" + id + " form[action$='/boost'] button"));
    assertThat(browser.driver().getCurrentUrl()).contains("/explore");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#post-" + id + " form[action$='/unboost'] button"))
                .getAccessibleName())
        .isEqualTo("Unboost the post by tia");
    logOut();

    logIn("rosa");
    browser.open("/");
    WebElement shared = browser.driver().findElement(By.id("post-" + id));
    assertThat(shared.findElement(By.cssSelector(".boosted-by")).getText())
        .isEqualTo("sam boosted");
    assertThat(shared.findElement(By.cssSelector(".post-body")).getText())
        .isEqualTo("Tea time #teatime");
    assertThat(shared.findElement(By.cssSelector(".boosts")).getText()).isEqualTo("1 boost");
    browser.click(By.cssSelector("#post-" + id + " .post-body a"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/tags/teatime");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("#teatime");
    assertThat(timeline()).containsExactly("Tea time #teatime");
  }

  @Test
  void twoPeopleRegisterPostFollowAndReadTheirTimeline() {
    register("rosa");
    register("sam");
    register("tia");

    logIn("sam");
    post("Sam's first post");
    assertThat(timeline()).containsExactly("Sam's first post");
    logOut();

    logIn("rosa");
    post("Rosa says <hello>");
    assertThat(timeline()).containsExactly("Rosa says <hello>");
    browser.open("/users/sam");
    browser.submit("/users/sam/follow");
    assertThat(browser.text(By.id("followers"))).isEqualTo("1");

    browser.open("/");
    assertThat(timeline()).containsExactly("Rosa says <hello>", "Sam's first post");
    assertThat(browser.driver().findElements(By.cssSelector(".post .author")).get(1).getText())
        .isEqualTo("sam");

    replyWithAContentWarningAndLike();
    browser.open("/");
    post("Welcome aboard, @sam!");
    boostSharesAPostWithTheBoostersFollowers();
    writeAPrivateMessage();
    logOut();

    logIn("sam");
    readNotifications();
    readAndAnswerTheMessage();
    editAndReadTheHistory();
    logOut();

    logIn("tia");
    hearOfTheBoost();

    logOut();
    browser.open("/");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
  }

  /**
   * Sam finds the count of what Rosa did beside "Notifications", reads the lines (followed,
   * mentioned, replied, liked), and the count is gone, on that page and on reload.
   */
  private void readNotifications() {
    WebElement badge = browser.driver().findElement(By.id("unread-notifications"));
    assertThat(badge.findElement(By.cssSelector("[aria-hidden=true]")).getText()).isEqualTo("4");
    assertThat(badge.findElement(By.className("visually-hidden")).getAttribute("textContent"))
        .isEqualTo("4 unread notifications");

    browser.click(By.id("notifications-link"));

    assertThat(lines())
        .containsExactly(
            "New: rosa mentioned you in a post.",
            "New: rosa liked your post.",
            "New: rosa replied to your post.",
            "New: rosa followed you.");
    assertThat(browser.driver().findElements(By.id("unread-notifications"))).isEmpty();
    browser.click(By.linkText("replied to your post"));
    assertThat(browser.text(By.cssSelector(".focus details summary")))
        .isEqualTo("Content warning: Mild spoilers");
    browser.driver().findElement(By.cssSelector(".focus details summary")).click();
    assertThat(browser.text(By.cssSelector(".focus .post-body"))).isEqualTo("Replying, @sam!");
    browser.open("/notifications");
    assertThat(lines()).hasSize(4).noneMatch(line -> line.startsWith("New"));
    assertThat(browser.driver().findElements(By.id("unread-notifications"))).isEmpty();
  }

  /** Tia finds that Sam boosted her post, and the line leads to it. */
  private void hearOfTheBoost() {
    WebElement badge = browser.driver().findElement(By.id("unread-notifications"));
    assertThat(badge.findElement(By.cssSelector("[aria-hidden=true]")).getText()).isEqualTo("1");

    browser.click(By.id("notifications-link"));

    assertThat(lines()).containsExactly("New: sam boosted your post.");
    browser.click(By.linkText("boosted your post"));
    assertThat(browser.text(By.cssSelector(".focus .post-body"))).isEqualTo("Tea time #teatime");
    assertThat(browser.text(By.cssSelector(".focus .boosts"))).isEqualTo("1 boost");
  }

  /** Rosa opens Sam's profile, chooses "Message" and writes to him; the page says it went. */
  private void writeAPrivateMessage() {
    browser.open("/users/sam");
    browser.click(By.id("message-button"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/messages/sam");
    browser.fill("body", "Hi Sam, just between us: <secret>");
    browser.submit("/messages/sam");

    assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Your message has been sent.");
    assertThat(browser.text(By.cssSelector(".message-body")))
        .isEqualTo("Hi Sam, just between us: <secret>");
  }

  /**
   * Sam sees "1" beside "Messages", opens his conversations and Rosa's line, reads her message (the
   * count is gone) and answers; Rosa's message and his answer are both there, newest first.
   */
  private void readAndAnswerTheMessage() {
    WebElement badge = browser.driver().findElement(By.id("unread-messages"));
    assertThat(badge.findElement(By.cssSelector("[aria-hidden=true]")).getText()).isEqualTo("1");
    assertThat(badge.findElement(By.className("visually-hidden")).getAttribute("textContent"))
        .isEqualTo("1 unread message");

    browser.click(By.id("messages-link"));
    assertThat(browser.text(By.cssSelector(".conversation-line.unread a.author")))
        .isEqualTo("rosa");
    browser.click(By.cssSelector(".conversation-line a.author"));

    assertThat(browser.text(By.cssSelector(".message.unread .message-body")))
        .isEqualTo("Hi Sam, just between us: <secret>");
    assertThat(browser.driver().findElements(By.id("unread-messages"))).isEmpty();
    browser.fill("body", "Thanks, Rosa!");
    browser.submit("/messages/rosa");
    assertThat(
            browser.driver().findElements(By.cssSelector(".message-body")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("Thanks, Rosa!", "Hi Sam, just between us: <secret>");
    assertThat(browser.driver().findElements(By.id("unread-messages"))).isEmpty();
  }

  /** The notification lines without their times. */
  private List<String> lines() {
    return browser.driver().findElements(By.cssSelector(".notification p")).stream()
        .map(
            line -> {
              String time = line.findElement(By.tagName("time")).getText();
              return line.getText().replace(time, "").strip();
            })
        .toList();
  }

  /** Sam fixes his post: it says "edited", and its history keeps what it said before. */
  private void editAndReadTheHistory() {
    browser.open("/users/sam");
    browser.click(By.cssSelector(".post a[href$='/edit']"));
    browser.fill("body", "Sam's first post, edited");
    browser.click(By.cssSelector("form[action$='/edit'] button[type=submit]"));

    assertThat(browser.text(By.cssSelector(".focus .post-body")))
        .isEqualTo("Sam's first post, edited");
    browser.click(By.cssSelector(".focus a.edited"));
    assertThat(browser.text(By.cssSelector(".versions .post-body"))).isEqualTo("Sam's first post");
  }
}

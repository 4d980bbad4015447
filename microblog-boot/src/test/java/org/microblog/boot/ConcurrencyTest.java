package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/** Requests racing each other end in a consistent state with clear answers. */
@MicronautTest(transactional = false)
class ConcurrencyTest {
  private static final int RACERS = 8;
  @Inject EmbeddedServer server;

  private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void racingRegistrationsForOneUsernameMakeExactlyOneAccount() throws Exception {
    List<Browser> browsers =
        IntStream.range(0, RACERS)
            .mapToObj(i -> new Browser(server.getURI()).visit("/register"))
            .toList();
    List<Callable<HttpResponse<String>>> registrations = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Browser browser = browsers.get(i);
      String email = "racer" + i + "@example.org";
      String username = i % 2 == 0 ? "Racer" : "racer";
      registrations.add(
          () ->
              browser.post(
                  "/register",
                  Map.of(
                      "username",
                      username,
                      "email",
                      email,
                      "password",
                      "password " + email,
                      "confirm",
                      "password " + email)));
    }

    List<HttpResponse<String>> answers = race(registrations);

    assertThat(answers.stream().filter(r -> r.statusCode() == 303)).hasSize(1);
    assertThat(answers.stream().filter(r -> r.statusCode() == 422))
        .hasSize(RACERS - 1)
        .allSatisfy(
            r ->
                assertThat(Browser.html(r).select(".error").text())
                    .isEqualTo("That username is taken."));
    int winner =
        answers.indexOf(
            answers.stream().filter(r -> r.statusCode() == 303).findFirst().orElseThrow());
    String email = "racer" + winner + "@example.org";
    assertThat(
            new Browser(server.getURI()).logIn("racer", "password " + email).get("/").statusCode())
        .isEqualTo(200);
  }

  @Test
  void racingFollowAndUnfollowClicksLeaveAConsistentState() throws Exception {
    Browser target = new Browser(server.getURI());
    target.register("popular", "12345678xyz");
    Browser fan = new Browser(server.getURI());
    fan.register("clicker", "12345678xyz");
    fan.logIn("clicker", "12345678xyz");

    List<Callable<Integer>> clicks = new ArrayList<>();
    for (int i = 0; i < RACERS * 2; i++) {
      String action = i % 2 == 0 ? "/users/popular/follow" : "/users/popular/unfollow";
      clicks.add(() -> fan.post(action, Map.of()).statusCode());
    }
    assertThat(race(clicks)).containsOnly(303);

    var profile = Browser.html(fan.get("/users/popular"));
    String followers = profile.select("#followers").text();
    assertThat(followers).isIn("0", "1");
    boolean showsUnfollow = !profile.select("form[action=/users/popular/unfollow]").isEmpty();
    assertThat(showsUnfollow).as("button agrees with the count").isEqualTo(followers.equals("1"));

    assertThat(
            race(
                List.<Callable<Integer>>of(
                    () -> fan.post("/users/popular/follow", Map.of()).statusCode(),
                    () -> fan.post("/users/popular/follow", Map.of()).statusCode(),
                    () -> fan.post("/users/popular/follow", Map.of()).statusCode())))
        .containsOnly(303);
    assertThat(Browser.html(fan.get("/users/popular")).select("#followers").text()).isEqualTo("1");
  }
}

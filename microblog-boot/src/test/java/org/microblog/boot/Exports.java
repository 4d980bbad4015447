package org.microblog.boot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.microblog.adapter.web.testing.Browser;

/** An account export as a person gets it: asked for, waited for on its page, downloaded. */
final class Exports {
  private Exports() {}

  /** Asks for an export (the browser must be logged in) and returns its zip's entries as text. */
  static Map<String, String> exportOf(Browser browser, Duration timeout) {
    browser.visit("/settings/export");
    HttpResponse<String> asked = browser.post("/settings/export", Map.of());
    if (asked.statusCode() != 303) {
      throw new IllegalStateException("asking for an export answered " + asked.statusCode());
    }
    return download(browser, awaitDownloadLink(browser, timeout));
  }

  /** Waits until the export page offers a download; fails on a failed export. */
  static String awaitDownloadLink(Browser browser, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Document page = Browser.html(browser.get("/settings/export"));
      Element link = page.selectFirst("#export-download");
      if (link != null) {
        return link.attr("href");
      }
      if (page.select("#export-status").text().contains("It failed")) {
        throw new IllegalStateException(page.select("#export-status").text());
      }
      AppProcess.sleep(100);
    }
    throw new IllegalStateException("no export within " + timeout);
  }

  static Map<String, String> download(Browser browser, String link) {
    HttpResponse<byte[]> zip = browser.getBytes(link);
    if (zip.statusCode() != 200) {
      throw new IllegalStateException("download answered " + zip.statusCode());
    }
    return entries(zip.body());
  }

  static Map<String, String> entries(byte[] zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}

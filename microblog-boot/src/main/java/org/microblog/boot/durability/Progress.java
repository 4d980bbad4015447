package org.microblog.boot.durability;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Progress lines for long copies: one line at every tenth of the way, and only for copies large
 * enough to take a while, so a small backup prints nothing but its result.
 */
final class Progress {
  private static final long WORTH_REPORTING = 32L * 1024 * 1024;
  private final PrintStream out;

  Progress(PrintStream out) {
    this.out = out;
  }

  /** Wraps {@code in}, reporting as {@code total} bytes of it are read for {@code what}. */
  InputStream track(InputStream in, long total, String what) {
    if (total < WORTH_REPORTING) {
      return in;
    }
    return new FilterInputStream(in) {
      private long read;
      private int reportedTenths;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          advance(n);
        }
        return n;
      }

      private void advance(long n) {
        read += n;
        int tenths = (int) Math.min(10, read * 10 / total);
        if (tenths > reportedTenths) {
          reportedTenths = tenths;
          out.printf("%s: %d%% (%d of %d MB)%n", what, tenths * 10, read >> 20, total >> 20);
        }
      }
    };
  }
}

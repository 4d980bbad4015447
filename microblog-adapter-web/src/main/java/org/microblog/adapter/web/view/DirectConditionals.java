package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code {{#if}}} and {@code {{#unless}}} that write the chosen branch straight into the page.
 * Handlebars' own helpers first render the branch into a fresh 3 KB buffer and then copy it out; a
 * timeline page evaluates a few hundred conditions, so that was most of what a page allocated.
 * Truthiness is Handlebars' own ({@link Options#isFalsy}).
 */
final class DirectConditionals {
  static final Helper<Object> IF = (value, options) -> write(!options.isFalsy(value), options);
  static final Helper<Object> UNLESS = (value, options) -> write(options.isFalsy(value), options);

  private DirectConditionals() {}

  private static Object write(boolean condition, Options options) throws IOException {
    Template branch = condition ? options.fn : options.inverse;
    Options.Buffer out = options.buffer();
    branch.apply(options.context, new AppendingWriter(out));
    return out;
  }

  /** A writer over Handlebars' helper buffer, which writes through to the page. */
  private static final class AppendingWriter extends Writer {
    private final Appendable out;

    AppendingWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(new String(chars, offset, length));
    }

    @Override
    public void write(String text) throws IOException {
      out.append(text);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.append(text, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
      out.append(text);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

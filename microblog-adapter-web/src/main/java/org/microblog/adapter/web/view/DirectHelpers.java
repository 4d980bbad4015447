package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.TagType;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.BlockHelper;
import com.github.jknack.handlebars.helper.EachHelper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code if}, {@code unless}, {@code each} and {@code block} that write their output straight into
 * the page. Handlebars' own helpers render each branch, item and layout block into a fresh buffer
 * and copy it out; those buffers start at 3 KB and then grow by exactly what each write needs, so a
 * 25 KB page was copied over and over (about 2.5 MB of copies per timeline page, a third of its
 * rendering time). Choices and loop variables are Handlebars' own; the rare forms these do not
 * handle themselves (block parameters, maps, parameterised partials) go to Handlebars' helpers.
 */
final class DirectHelpers {
  static final Helper<Object> IF = (value, options) -> write(!options.isFalsy(value), options);
  static final Helper<Object> UNLESS = (value, options) -> write(options.isFalsy(value), options);
  static final Helper<Object> EACH = DirectHelpers::each;
  static final Helper<Object> BLOCK = DirectHelpers::block;

  private DirectHelpers() {}

  private static Object write(boolean condition, Options options) throws IOException {
    Options.Buffer out = options.buffer();
    (condition ? options.fn : options.inverse).apply(options.context, new AppendingWriter(out));
    return out;
  }

  private static Object each(Object items, Options options) throws IOException {
    if (!(items instanceof Iterable<?> iterable) || !options.blockParams.isEmpty()) {
      return EachHelper.INSTANCE.apply(items, options);
    }
    Options.Buffer out = options.buffer();
    Writer writer = new AppendingWriter(out);
    int base = options.hash("base", 0);
    int index = base;
    Iterator<?> loop = iterable.iterator();
    while (loop.hasNext()) {
      Object item = loop.next();
      boolean even = index % 2 == 0;
      Context itemContext =
          Context.newContext(options.context, item)
              .combine("@key", index)
              .combine("@index", index)
              .combine("@first", index == base ? "first" : "")
              .combine("@last", loop.hasNext() ? "" : "last")
              .combine("@odd", even ? "" : "odd")
              .combine("@even", even ? "even" : "")
              .combine("@index_1", index + 1);
      options.fn.apply(itemContext, writer);
      index++;
    }
    if (index == base) {
      options.inverse.apply(options.context, writer);
    }
    return out;
  }

  /**
   * A layout's {@code {{#block "name"}}}: the page's {@code {{#partial "name"}}}, or the default.
   */
  private static Object block(Object name, Options options) throws IOException {
    Template partial = name instanceof String partialName ? options.partial(partialName) : null;
    String data = Context.PARTIALS + "#" + name;
    TagType type = options.data(data + "#type");
    Map<String, Object> partialHash = options.data(data + "#hash");
    boolean plain =
        partial != null
            && partial != Template.EMPTY
            && (type == null || !type.inline())
            && options.hash.isEmpty()
            && (partialHash == null || partialHash.isEmpty())
            && !options.handlebars.deletePartialAfterMerge();
    if (!plain) {
      return BlockHelper.INSTANCE.apply(name, options);
    }
    Options.Buffer out = options.buffer();
    partial.apply(options.context, new AppendingWriter(out));
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

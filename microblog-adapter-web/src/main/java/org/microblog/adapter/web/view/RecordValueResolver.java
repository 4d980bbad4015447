package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.ValueResolver;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads record components in templates: {@code {{author}}} on a record calls {@code author()}. The
 * accessors are found once per record class; Handlebars' own method resolver built a cache key
 * string and went through reflection for every value on every page.
 */
final class RecordValueResolver implements ValueResolver {
  static final RecordValueResolver INSTANCE = new RecordValueResolver();

  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          Map<String, MethodHandle> accessors = new LinkedHashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            accessors.put(component.getName(), handle(component.getAccessor()));
          }
          return accessors;
        }
      };

  private RecordValueResolver() {}

  @Override
  public Object resolve(Object context, String name) {
    if (!(context instanceof Record)) {
      return UNRESOLVED;
    }
    MethodHandle accessor = ACCESSORS.get(context.getClass()).get(name);
    return accessor == null ? UNRESOLVED : read(accessor, context);
  }

  @Override
  public Object resolve(Object context) {
    return UNRESOLVED;
  }

  @Override
  public Set<Map.Entry<String, Object>> propertySet(Object context) {
    Set<Map.Entry<String, Object>> properties = new LinkedHashSet<>();
    if (context instanceof Record) {
      ACCESSORS
          .get(context.getClass())
          .forEach(
              (name, accessor) ->
                  properties.add(new SimpleImmutableEntry<>(name, read(accessor, context))));
    }
    return properties;
  }

  private static MethodHandle handle(Method accessor) {
    try {
      accessor.setAccessible(true);
      return MethodHandles.lookup().unreflect(accessor);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read record component " + accessor, e);
    }
  }

  private static Object read(MethodHandle accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (Throwable e) {
      throw new IllegalStateException("reading a record component failed: " + accessor, e);
    }
  }
}

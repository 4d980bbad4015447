package org.microblog.adapter.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;

@MicronautTest
class FilterOrderTest extends WebTestSupport {
  @Inject ApplicationContext context;

  @Test
  void everyFilterOfOursHasAnOrderOfItsOwn() {
    Map<Integer, String> byOrder = new HashMap<>();
    for (BeanDefinition<?> filter :
        context.getBeanDefinitions(Qualifiers.byStereotype(ServerFilter.class))) {
      if (!filter.getBeanType().getPackageName().startsWith("org.microblog")) {
        continue;
      }
      int order = ((Ordered) context.getBean(filter)).getOrder();
      String name = filter.getBeanType().getSimpleName();
      assertThat(byOrder.put(order, name)).as("%s shares order %d", name, order).isNull();
    }
    assertThat(byOrder).as("our filters").hasSize(8);
  }
}

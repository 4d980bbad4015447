package org.microblog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.InMemoryMicroblog;

class MicroblogPortsTest {

  @Test
  void everyPortHasATypeOfItsOwnSoThatAContainerFindsItByType() {
    assertThat(Arrays.stream(MicroblogPorts.class.getRecordComponents()).map(c -> c.getType()))
        .doesNotHaveDuplicates();
  }

  @Test
  void findsEveryPortByItsTypeAndRefusesAMissingOne() throws Exception {
    MicroblogPorts kit = InMemoryMicroblog.create(Clock.systemUTC()).ports();
    Map<Class<?>, Object> beans = new HashMap<>();
    for (RecordComponent component : MicroblogPorts.class.getRecordComponents()) {
      beans.put(component.getType(), component.getAccessor().invoke(kit));
    }

    assertThat(MicroblogPorts.byType(beans::get)).isEqualTo(kit);

    beans.remove(Clock.class);
    assertThatThrownBy(() -> MicroblogPorts.byType(beans::get))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
  }
}

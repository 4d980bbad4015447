package org.microblog.adapter.persistence.search;

import java.util.List;

/** One search statement and its parameters, in order. */
public record SearchStatement(String sql, List<Object> parameters) {
  public SearchStatement {
    parameters = List.copyOf(parameters);
  }
}

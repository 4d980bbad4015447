package org.microblog.application.port.in.marker;

import java.util.List;
import org.microblog.domain.marker.Marker;

/** Saves where a person stopped reading, for their other apps to start there. */
public interface SaveMarkersUseCase {
  /** The markers as stored now, one per timeline of the command. */
  List<Marker> save(SaveMarkersCommand command);
}

package org.microblog.application.port.in.export;

/**
 * Removes the export archives that are no longer offered (finished more than seven days ago), so
 * that the folder does not fill with downloads nobody can fetch. Run it now and then; it is cheap
 * when there is nothing to remove.
 */
public interface ExpireExportsUseCase {
  void expire();
}

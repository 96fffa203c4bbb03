package deepmath.app.task;

import deepmath.core.Progress;

/** Long work run off the FX thread: it reports through {@code progress} and stops when it is cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}

package deepmath.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every piece runs exactly once, whoever takes it; a failure reaches the caller; one worker runs them in order. */
class WorkSplitTest {
    @Test
    void everyPieceRunsOnceOverTwoThreads() {
        WorkSplit split = new WorkSplit(2);
        for (int count : new int[] {0, 1, 2, 3, 7, 100}) {
            for (int round = 0; round < 50; round++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(count);
                split.run(count, runs::incrementAndGet);
                for (int i = 0; i < count; i++) {
                    assertEquals(1, runs.get(i), "piece " + i + " of " + count);
                }
            }
        }
    }

    @Test
    void oneWorkerRunsThePiecesInOrderOnTheCaller() {
        StringBuilder order = new StringBuilder();
        Thread caller = Thread.currentThread();
        WorkSplit.SEQUENTIAL.run(5, i -> {
            assertSame(caller, Thread.currentThread());
            order.append(i);
        });
        assertEquals("01234", order.toString());
    }

    @Test
    void aFailingPieceFailsTheRunAfterTheOthersFinish() {
        WorkSplit split = new WorkSplit(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(20);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> split.run(20, i -> {
            runs.incrementAndGet(i);
            if (i == 13) {
                throw new IllegalStateException("piece 13");
            }
        }));
        assertEquals("piece 13", e.getMessage());
        for (int i = 0; i < 20; i++) {
            assertEquals(1, runs.get(i), "piece " + i);
        }
    }
}

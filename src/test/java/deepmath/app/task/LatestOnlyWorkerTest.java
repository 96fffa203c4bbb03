package deepmath.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one latest-only worker (the convolution lab had a second copy, whose {@code busy()} its tests wait on):
 * requests made while one runs replace each other, results arrive on the FX thread, and {@code busy()} stays
 * true until the newest request has been handed over — also when it failed.
 */
class LatestOnlyWorkerTest {
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void requestsMadeWhileOneRunsCollapseIntoTheNewest() throws Exception {
        LatestOnlyWorker worker = new LatestOnlyWorker("test-worker", e -> errors.add(e.getMessage()));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        worker.submit(() -> {
            started.countDown();
            await(release);
            return "first";
        }, applied::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        worker.submit(() -> "stale", applied::add);
        worker.submit(() -> "newest", applied::add);
        assertTrue(worker.busy());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !worker.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("first", "newest"), applied);
        assertFalse(worker.busy());
    }

    @Test
    void aFailureIsReportedAndSettlesTheRequest() throws Exception {
        LatestOnlyWorker worker = new LatestOnlyWorker("test-worker", e -> errors.add(e.getMessage()));
        worker.<String>submit(() -> {
            throw new IllegalStateException("kernel too large");
        }, applied::add);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !worker.busy());
        assertEquals(List.of("kernel too large"), errors);
        assertEquals(List.of(), applied);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

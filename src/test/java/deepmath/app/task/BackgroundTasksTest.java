package deepmath.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTasksTest {
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks((title, error) ->
            reported.add(title + ": " + deepmath.core.Errors.oneLine(error)));

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void aTitleGivenAsABindingFollowsTheLanguageWhileTheTaskRuns() throws Exception {
        deepmath.viz.i18n.I18n i18n = new deepmath.viz.i18n.I18n(java.util.Locale.ENGLISH);
        deepmath.viz.i18n.Messages shell = i18n.messages("shell");
        CountDownLatch release = new CountDownLatch(1);
        Task<Integer> task = WaitForAsyncUtils.asyncFx(() -> tasks.submit(shell.text("task.export"), progress -> {
            release.await(10, TimeUnit.SECONDS);
            return 1;
        }, result -> { })).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Export view as PNG", WaitForAsyncUtils.asyncFx(task::getTitle).get());
        WaitForAsyncUtils.asyncFx(() -> i18n.setLocale(java.util.Locale.FRENCH)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Export de la vue en PNG", WaitForAsyncUtils.asyncFx(task::getTitle).get());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
    }

    @Test
    void cancellingAllStopsEveryRunningTask() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<Task<Integer>> started = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 3; i++) {
                started.add(tasks.submit("wait " + i, progress -> {
                    never.await(10, TimeUnit.SECONDS);
                    return 0;
                }, result -> { }));
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(tasks::cancelAll).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> tasks.running().isEmpty()).get());
        assertTrue(started.stream().allMatch(Task::isCancelled));
        never.countDown();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultComesBackOnIt() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> resultThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        tasks.submit("square", progress -> {
            workThread.set(Thread.currentThread().getName());
            progress.update(1, 2);
            return 12 * 12;
        }, result -> {
            resultThread.set(Thread.currentThread().getName() + "=" + result
                    + (Platform.isFxApplicationThread() ? " on FX" : ""));
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(workThread.get().startsWith("deepmath-worker-"), workThread.get());
        assertTrue(resultThread.get().endsWith("=144 on FX"), resultThread.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tasks.running().isEmpty());
        assertEquals(List.of(), reported);
    }

    @Test
    void aRunningTaskIsListedWithItsProgressUntilItEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Task<Integer> task = tasks.submit("wait", progress -> {
            progress.update(1, 4);
            progress.message("quarter");
            release.await();
            return 1;
        }, result -> done.countDown());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(task::getProgress).get() == 0.25);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(task), List.copyOf(tasks.running()));
        assertEquals("quarter", WaitForAsyncUtils.asyncFx(task::getMessage).get());
        release.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tasks.running().isEmpty());
    }

    @Test
    void cancellingStopsTheWorkAndReportsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Boolean> succeeded = new AtomicReference<>(false);
        Task<Integer> task = tasks.submit("endless", progress -> {
            started.countDown();
            try {
                while (true) {
                    progress.checkCancelled();
                    Thread.onSpinWait();
                }
            } catch (CancelledException e) {
                stopped.countDown();
                throw e;
            }
        }, result -> succeeded.set(true));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx((Runnable) task::cancel).get();
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the loop saw the cancellation");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        assertFalse(succeeded.get());
        assertEquals(List.of(), reported);
    }

    @Test
    void aFailureIsReportedInOneLineWithTheTaskTitle() throws Exception {
        tasks.submit("Open image", progress -> {
            throw new BadInputException("'cat.xyz' is not an image (PNG, JPEG, BMP or GIF)");
        }, result -> { });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !reported.isEmpty());
        assertEquals(List.of("Open image: 'cat.xyz' is not an image (PNG, JPEG, BMP or GIF)"), reported);
        assertNotEquals(0, reported.size());
    }
}

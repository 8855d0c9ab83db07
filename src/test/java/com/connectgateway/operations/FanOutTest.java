package com.connectgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.operations.FanOut.Outcome.State;
import com.connectgateway.upstream.Deadline;
import com.connectgateway.upstream.V3DeadlineExceeded;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Independent work of one operation: at once, in item order, and nothing started past the deadline. */
class FanOutTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final FanOut fanOut = new FanOut(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resultsKeepItemOrderAndAtMostParallelismRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> results = fanOut.all(items(12), Deadline.after(Duration.ofSeconds(10)), 3, i -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(i % 2 == 0 ? 30 : 5);
            running.decrementAndGet();
            return i * 10;
        });
        assertThat(results).isEqualTo(items(12).stream().map(i -> i * 10).toList());
        assertThat(most.get()).isBetween(2, 3);
    }

    /** Two at a time, 300 ms each, 450 ms: two done, two cut off while running, two never started. */
    @Test
    void nothingStartsAfterTheDeadline() {
        Set<Integer> started = ConcurrentHashMap.newKeySet();
        List<FanOut.Outcome<Integer>> outcomes = fanOut.each(items(6), Deadline.after(Duration.ofMillis(450)), 2, i -> {
            started.add(i);
            sleep(300);
            return i;
        });
        assertThat(outcomes).extracting(FanOut.Outcome::state).containsExactly(State.DONE, State.DONE,
                State.UNFINISHED, State.UNFINISHED, State.NOT_STARTED, State.NOT_STARTED);
        sleep(400); // the cut-off items finish meanwhile; none of the others may start
        assertThat(started).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void failuresAreOutcomesOfTheirItemOnly() {
        List<FanOut.Outcome<Integer>> outcomes = fanOut.each(items(3), Deadline.after(Duration.ofSeconds(10)), 3, i -> {
            if (i == 1) {
                throw new IllegalStateException("item 1");
            }
            return i;
        });
        assertThat(outcomes).extracting(FanOut.Outcome::state).containsExactly(State.DONE, State.FAILED, State.DONE);
        assertThat(outcomes.get(1).failure()).hasMessage("item 1");
        assertThatThrownBy(() -> fanOut.all(items(3), Deadline.after(Duration.ofSeconds(10)), 3, i -> {
            if (i > 0) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        })).hasMessage("item 1");
    }

    @Test
    void anItemTheDeadlineCutOffFailsAll() {
        assertThatThrownBy(() -> fanOut.all(items(2), Deadline.after(Duration.ZERO), 2, i -> i))
                .isInstanceOfSatisfying(V3DeadlineExceeded.class, e -> assertThat(e.sent()).isFalse());
    }

    @Test
    void withNoFreeHelperTheCallerDoesEverythingInOrder() {
        FanOut busy = new FanOut(new java.util.concurrent.AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                throw new RejectedExecutionException("busy");
            }

            @Override
            public void shutdown() {
            }

            @Override
            public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
                return true;
            }
        });
        Thread caller = Thread.currentThread();
        List<String> results = busy.all(items(4), Deadline.after(Duration.ofSeconds(10)), 4, i -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return "item " + i;
        });
        assertThat(results).containsExactly("item 0", "item 1", "item 2", "item 3");
    }
}

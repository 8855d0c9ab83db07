package com.connectgateway.operations;

import com.connectgateway.observability.CurrentRequest;
import com.connectgateway.upstream.Deadline;
import com.connectgateway.upstream.ResilienceConfig;
import com.connectgateway.upstream.V3DeadlineExceeded;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs the independent v3 work of one operation (download items, id batches, family searches) at
 * once, within the operation's deadline. Items are taken in order by up to {@code parallelism}
 * helper threads from a pool no larger than the v3 bulkhead, while the operation's thread waits,
 * at most until the deadline. The pool has no queue: with no helper free the operation's thread
 * does the work itself, so a busy gateway degrades to sequential work instead of piling up
 * waiting tasks. No item starts after the deadline; what still runs then is reported unfinished.
 */
@ApplicationScoped
public class FanOut {

    /** How long after the deadline to wait for calls the deadline itself just ended to report. */
    static final Duration GRACE = Duration.ofMillis(50);

    /** What became of one item. */
    public record Outcome<R>(State state, R value, RuntimeException failure) {

        public enum State {
            DONE,
            FAILED,
            /** The deadline passed before it started: it made no v3 call. */
            NOT_STARTED,
            /** It started, and had not finished at the deadline. */
            UNFINISHED
        }

        static <R> Outcome<R> of(State state) {
            return new Outcome<>(state, null, null);
        }
    }

    private final ExecutorService helpers;

    @Inject
    FanOut(ResilienceConfig resilience) {
        this(pool(resilience.maxConcurrentCalls()));
    }

    FanOut(ExecutorService helpers) {
        this.helpers = helpers;
    }

    @PreDestroy
    void stop() {
        helpers.shutdownNow();
    }

    /** One outcome per item, in item order. Failures of single items are outcomes, not thrown. */
    public <T, R> List<Outcome<R>> each(List<T> items, Deadline deadline, int parallelism, Function<T, R> work) {
        Run<T, R> run = new Run<>(items, deadline, work);
        int workers = Math.min(parallelism, items.size());
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < workers && workers > 1; i++) {
            try {
                // The helper works for this request: its log context and upstream waits go with it.
                running.add(CompletableFuture.runAsync(CurrentRequest.propagating(run::work), helpers));
            } catch (RejectedExecutionException busy) {
                break; // every helper is taken: the ones started share the items
            }
        }
        if (running.isEmpty()) {
            run.work(); // one item, or no helper free: this thread does it all, still stopping at the deadline
        } else {
            // This thread only waits, so it answers at the deadline even if some work blocks longer.
            awaitHelpers(running, deadline);
        }
        return run.close();
    }

    /**
     * Every item's result, in item order, or the first failure in item order; an item the deadline
     * cut off is a {@link V3DeadlineExceeded}.
     */
    public <T, R> List<R> all(List<T> items, Deadline deadline, int parallelism, Function<T, R> work) {
        List<R> results = new ArrayList<>(items.size());
        for (Outcome<R> outcome : each(items, deadline, parallelism, work)) {
            switch (outcome.state()) {
                case DONE -> results.add(outcome.value());
                case FAILED -> throw outcome.failure();
                case NOT_STARTED -> throw new V3DeadlineExceeded(false);
                case UNFINISHED -> throw new V3DeadlineExceeded(true);
            }
        }
        return results;
    }

    private static void awaitHelpers(List<CompletableFuture<Void>> running, Deadline deadline) {
        if (running.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                    .get(deadline.remaining().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // Answered without them: their items are reported as unfinished.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // A helper died of an Error; its item stays unfinished.
        }
    }

    /** The items of one {@link #each} call and how far each got. */
    private static final class Run<T, R> {

        private static final int WAITING = 0;
        private static final int STARTED = 1;
        private static final int DONE = 2;
        private static final int CLOSED = 3;

        private final List<T> items;
        private final Deadline deadline;
        private final Function<T, R> work;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicIntegerArray states;
        private final AtomicReferenceArray<Outcome<R>> outcomes;

        Run(List<T> items, Deadline deadline, Function<T, R> work) {
            this.items = items;
            this.deadline = deadline;
            this.work = work;
            this.states = new AtomicIntegerArray(items.size());
            this.outcomes = new AtomicReferenceArray<>(items.size());
        }

        /** Takes the next item until none is left, the deadline passed, or the answer was given. */
        void work() {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                if (deadline.expired() || !states.compareAndSet(i, WAITING, STARTED)) {
                    return;
                }
                Outcome<R> outcome;
                try {
                    outcome = new Outcome<>(Outcome.State.DONE, work.apply(items.get(i)), null);
                } catch (RuntimeException failure) {
                    outcome = new Outcome<>(Outcome.State.FAILED, null, failure);
                }
                outcomes.set(i, outcome);
                states.set(i, DONE);
            }
        }

        /** The outcomes as they stand; no item starts afterwards. */
        List<Outcome<R>> close() {
            List<Outcome<R>> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                if (states.compareAndSet(i, WAITING, CLOSED)) {
                    out.add(Outcome.of(Outcome.State.NOT_STARTED));
                } else if (states.get(i) == DONE) {
                    out.add(outcomes.get(i));
                } else {
                    out.add(Outcome.of(Outcome.State.UNFINISHED));
                }
            }
            return out;
        }
    }

    /** Threads made on demand up to the bulkhead's size, idle ones dropped after a while; no queue. */
    private static ExecutorService pool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(0, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "v3-fan-out-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

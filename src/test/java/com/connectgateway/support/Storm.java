package com.connectgateway.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent callers released at the same moment, each on a thread of its own: every thread is
 * started and waiting before the first call is made, so even a small storm really overlaps. The
 * answers come back in the callers' order; a caller's exception fails the storm.
 */
public final class Storm {

    /** Longest a storm may take: far beyond any test's, only so a hung caller fails instead of hanging the build. */
    private static final long GIVE_UP_SECONDS = 120;

    /** Names of the storm's own caller threads, so thread counts can leave them out. */
    public static final String THREAD_PREFIX = "storm-caller-";

    private Storm() {
    }

    /** {@code callers} concurrent runs of {@code call}. */
    public static <T> List<T> of(int callers, Callable<T> call) throws Exception {
        return of(Collections.nCopies(callers, call));
    }

    /** All of {@code calls} at once; their answers in the same order. */
    public static <T> List<T> of(List<? extends Callable<T>> calls) throws Exception {
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(calls.size(),
                task -> new Thread(task, THREAD_PREFIX + threads.incrementAndGet()));
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            if (!ready.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the storm's threads did not start");
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(GIVE_UP_SECONDS, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(GIVE_UP_SECONDS, TimeUnit.SECONDS);
        }
    }
}

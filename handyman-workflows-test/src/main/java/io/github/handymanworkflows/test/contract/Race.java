package io.github.handymanworkflows.test.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs the same call on several threads released at once, to provoke races. */
final class Race {

  private Race() {}

  /** Runs {@code task(i)} for i in [0, threads) concurrently and returns the results in order. */
  static <T> List<T> run(int threads, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.apply(index);
                }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          throw new AssertionError("a racing call failed", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

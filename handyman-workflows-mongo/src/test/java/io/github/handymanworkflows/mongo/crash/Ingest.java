/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.handymanworkflows.mongo.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts one {@code auth/user.registered} event per user to the live app instances, as a producer
 * that retries until it gets a 2xx: a refused or cut-off post is sent again, with the same event
 * id, to an instance that is up. Records which users were answered 2xx.
 */
final class Ingest implements AutoCloseable {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<AppProcess> targets = new CopyOnWriteArrayList<>();
  private final Set<Integer> accepted = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failures = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final int users;

  Ingest(int users, List<AppProcess> initial) {
    this.users = users;
    this.targets.addAll(initial);
  }

  void start() {
    for (int i = 0; i < users; i++) {
      int user = i;
      pool.execute(() -> post(user));
    }
    pool.shutdown();
  }

  void replace(AppProcess dead, AppProcess live) {
    targets.remove(dead);
    if (live != null) {
      targets.add(live);
    }
  }

  int acceptedCount() {
    return accepted.size();
  }

  Set<Integer> accepted() {
    return Set.copyOf(accepted);
  }

  int failures() {
    return failures.get();
  }

  boolean done() {
    return pool.isTerminated();
  }

  static String userId(int user) {
    return "u" + user;
  }

  private void post(int user) {
    String body =
        "{\"name\":\"auth/user.registered\",\"id\":\"evt-"
            + userId(user)
            + "\",\"data\":{\"userId\":\""
            + userId(user)
            + "\",\"email\":\"user"
            + user
            + "@example.com\",\"firstName\":\"User\",\"role\":\"customer\"}}";
    for (int attempt = 0; ; attempt++) {
      List<AppProcess> live = List.copyOf(targets);
      if (!live.isEmpty()) {
        AppProcess target = live.get((user + attempt) % live.size());
        try {
          HttpResponse<String> response =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + target.port() + "/events"))
                      .timeout(Duration.ofSeconds(60))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() / 100 == 2) {
            accepted.add(user);
            return;
          }
        } catch (IOException e) {
          // The instance died or refused: retried below, as a producer does.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        failures.incrementAndGet();
      }
      try {
        // A producer's retry delay, not a wait for the test: the next post goes to a live instance.
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}

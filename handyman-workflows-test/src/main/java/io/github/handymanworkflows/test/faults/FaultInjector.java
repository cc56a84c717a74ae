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
package io.github.handymanworkflows.test.faults;

import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.mail.Mailer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts the calls made through the ports it wraps and fails exactly one of them, once: the call at
 * a given position, either before it reaches the port or after it completed (its answer lost).
 *
 * <p>Wrap every port a scenario's workflows use, with {@link #wrap}, before building the workflows.
 * {@link #none()} wraps without failing anything: the fault-free run that counts the positions.
 * Calls of {@code Object} methods and of default methods are passed through uncounted, so only what
 * the implementation does is a position. Thread-safe.
 */
public final class FaultInjector {

  private final int position;
  private final @Nullable String targetCall;
  private final FaultMode mode;
  private final List<String> calls = new ArrayList<>();
  private @Nullable String injected;

  private FaultInjector(int position, @Nullable String label, FaultMode mode) {
    this.position = position;
    this.targetCall = label;
    this.mode = mode;
  }

  /** Counts calls and fails none. */
  public static FaultInjector none() {
    return new FaultInjector(0, null, FaultMode.FAIL_BEFORE);
  }

  /**
   * Fails the call at {@code position} (1-based, in the order calls are made) once, in {@code
   * mode}.
   */
  public static FaultInjector at(int position, FaultMode mode) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, was " + position);
    }
    return new FaultInjector(position, null, Objects.requireNonNull(mode, "mode must not be null"));
  }

  /**
   * Fails the first call of {@code call} ({@code port.method}, for example {@code
   * sessions.deleteForUser}) once, in {@code mode}: a targeted fault for a test of one case.
   */
  public static FaultInjector onFirst(String call, FaultMode mode) {
    Objects.requireNonNull(call, "call must not be null");
    return new FaultInjector(0, call, Objects.requireNonNull(mode, "mode must not be null"));
  }

  /**
   * A proxy of {@code port} whose calls are counted and may fail. {@code name} labels the calls in
   * reports, for example {@code users}. A {@link Mailer} fails with a transient {@link
   * MailDeliveryException}, every other port with an {@link InjectedFault}.
   */
  public <T> T wrap(Class<T> port, String name, T target) {
    Objects.requireNonNull(port, "port must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(target, "target must not be null");
    if (!port.isInterface()) {
      throw new IllegalArgumentException(port.getName() + " is not an interface");
    }
    InvocationHandler handler = (proxy, method, args) -> invoke(port, name, target, method, args);
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  private @Nullable Object invoke(
      Class<?> port, String name, Object target, Method method, Object @Nullable [] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class || method.isDefault()) {
      return call(target, method, args);
    }
    String label = name + "." + method.getName();
    boolean fail;
    synchronized (this) {
      calls.add(label);
      fail =
          injected == null
              && (calls.size() == position || (targetCall != null && targetCall.equals(label)));
      if (fail) {
        injected = "call " + calls.size() + " (" + label + "), " + mode;
      }
    }
    if (fail && mode == FaultMode.FAIL_BEFORE) {
      throw failure(port, label);
    }
    Object result = call(target, method, args);
    if (fail) {
      throw failure(port, label);
    }
    return result;
  }

  private static @Nullable Object call(Object target, Method method, Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private RuntimeException failure(Class<?> port, String label) {
    String message = "injected transient failure at " + label + " (" + mode + ")";
    return port == Mailer.class
        ? new MailDeliveryException(message, null)
        : new InjectedFault(message);
  }

  /** How many counted calls were made so far. */
  public synchronized int callCount() {
    return calls.size();
  }

  /** The counted calls so far, as {@code port.method}, in order. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** The call that failed, described, once it has. */
  public synchronized Optional<String> injected() {
    return Optional.ofNullable(injected);
  }

  /** The position this injector fails, 0 for none. */
  public int position() {
    return position;
  }

  /** The mode of its failure. */
  public FaultMode mode() {
    return mode;
  }
}

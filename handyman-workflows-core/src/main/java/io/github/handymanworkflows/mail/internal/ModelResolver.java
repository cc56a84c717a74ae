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
package io.github.handymanworkflows.mail.internal;

import com.github.jknack.handlebars.ValueResolver;
import io.github.handymanworkflows.mail.SafeHtml;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How Handlebars reads a model: map entries and record components, nothing else (no getters, no
 * arbitrary methods), so a template sees only what the library put into the model.
 *
 * <p>Strictness lives here. A name the model has with a {@code null} value comes back as {@link
 * NullValue} and a name no scope has comes back as {@link Missing} (from {@link #UNKNOWN_NAMES},
 * the outermost scope of every render), instead of Handlebars' silent blank; the formatter and the
 * block helpers turn both into errors naming the variable. A name used as {@code {{{name}}}} must
 * hold {@link SafeHtml}, since Handlebars itself would insert any value raw there.
 */
final class ModelResolver implements ValueResolver {

  /** The outermost scope of a render: answers every name with {@link Missing}. */
  static final Object UNKNOWN_NAMES =
      new Object() {
        @Override
        public String toString() {
          return "unknown names";
        }
      };

  /** A name the model has, with a {@code null} value. */
  record NullValue(String name) {}

  /** A name that no scope of the render has. */
  record Missing(String name) {}

  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new LinkedHashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // Records declared inside a method or a non-public class are not public.
            accessor.setAccessible(true);
            accessors.put(component.getName(), accessor);
          }
          return Map.copyOf(accessors);
        }
      };

  private final Set<String> rawNames;

  /**
   * @param rawNames the last segment of every name the template inserts with {@code {{{name}}}}
   */
  ModelResolver(Set<String> rawNames) {
    this.rawNames = Set.copyOf(rawNames);
  }

  @Override
  public Object resolve(@Nullable Object context, String name) {
    if (context == UNKNOWN_NAMES) {
      return new Missing(name);
    }
    if (context instanceof Missing missing) {
      return new Missing(missing.name() + "." + name);
    }
    Object value;
    if (context instanceof Map<?, ?> map) {
      if (!map.containsKey(name)) {
        return UNRESOLVED;
      }
      value = map.get(name);
    } else if (context != null && context.getClass().isRecord()) {
      Method accessor = ACCESSORS.get(context.getClass()).get(name);
      if (accessor == null) {
        return UNRESOLVED;
      }
      value = read(accessor, context);
    } else {
      return UNRESOLVED;
    }
    if (value == null) {
      return new NullValue(name);
    }
    if (!rawNames.isEmpty() && rawNames.contains(name) && !(value instanceof SafeHtml)) {
      throw new InvalidValueException(
          name,
          "'{{{"
              + name
              + "}}}' needs a SafeHtml value; use '{{"
              + name
              + "}}' to insert escaped text");
    }
    return value;
  }

  @Override
  public Object resolve(@Nullable Object context) {
    return context == null || context == UNKNOWN_NAMES ? UNRESOLVED : context;
  }

  @Override
  public Set<Entry<String, Object>> propertySet(@Nullable Object context) {
    Set<Entry<String, Object>> properties = new LinkedHashSet<>();
    if (context instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> properties.add(new SimpleImmutableEntry<>(key.toString(), value)));
    } else if (context != null && context.getClass().isRecord()) {
      ACCESSORS
          .get(context.getClass())
          .forEach(
              (name, accessor) ->
                  properties.add(new SimpleImmutableEntry<>(name, read(accessor, context))));
    }
    return properties;
  }

  private static @Nullable Object read(Method accessor, Object holder) {
    try {
      return accessor.invoke(holder);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read record component "
              + accessor.getName()
              + " of "
              + holder.getClass().getSimpleName(),
          e);
    }
  }
}

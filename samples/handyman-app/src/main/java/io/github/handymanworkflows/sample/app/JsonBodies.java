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
package io.github.handymanworkflows.sample.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Reads request bodies strictly, so a wrong type is a 400 naming the field rather than a guess: no
 * float truncated to an integer, no number or object turned into text, no {@code "NaN"} read as a
 * number, no unknown field ignored. The app reads bodies itself (controllers take the raw bytes) so
 * the errors do not depend on which Jackson line the web stack uses.
 */
final class JsonBodies {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonBodies() {}

  /** The body as {@code type}; a 400 naming the field when it does not fit. */
  static <T> T read(byte @Nullable [] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw ApiException.invalid(null, "the request body is required");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiException.invalid(null, "the request body must be a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.invalid(path(e), "is not a known field");
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field == null) {
        throw ApiException.invalid(null, "the request body must be a JSON object");
      }
      throw ApiException.invalid(field, "must be " + describe(e.getTargetType()));
    } catch (JsonMappingException e) {
      String field = path(e);
      throw ApiException.invalid(
          field, field == null ? "the request body is invalid" : "is invalid");
    } catch (InputCoercionException e) {
      throw ApiException.invalid(null, "a number in the request body is out of range");
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(null, "the request body is not valid JSON");
    } catch (IOException e) {
      throw ApiException.invalid(null, "the request body could not be read");
    }
  }

  private static @Nullable String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? null : path.toString();
  }

  private static String describe(@Nullable Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}

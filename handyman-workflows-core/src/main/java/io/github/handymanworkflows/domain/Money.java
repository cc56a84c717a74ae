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
package io.github.handymanworkflows.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (kobo, cents) of an ISO-4217 currency.
 *
 * <p>Minor units as a {@code long} avoid the float and unit mix-ups of the original app (§8 C).
 *
 * @param minorUnits the amount in the currency's smallest unit; never negative
 * @param currency the ISO-4217 code, for example {@code NGN}
 */
public record Money(
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) long minorUnits,
    String currency) {

  /** Validates the amount and currency code. */
  public Money {
    Objects.requireNonNull(currency, "currency must not be null");
    if (minorUnits < 0) {
      throw new IllegalArgumentException("money must not be negative");
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO-4217 currency code: " + currency, e);
    }
  }

  /** An amount. */
  public static Money of(long minorUnits, String currency) {
    return new Money(minorUnits, currency);
  }

  /** Zero of a currency. */
  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /** The sum of two amounts of the same currency. */
  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
    }
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }
}

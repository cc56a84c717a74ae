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
package io.github.handymanworkflows.test.data;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;

/**
 * Real places in Lagos and Abuja, for distance tests. Approximate distances from {@link #IKEJA}:
 * Yaba about 10 km, Lekki about 30 km, Abuja about 530 km.
 */
public final class TestPlaces {

  /** Ikeja, Lagos. */
  public static final GeoPoint IKEJA = GeoPoint.of(6.6018, 3.3515);

  /** Yaba, Lagos. */
  public static final GeoPoint YABA = GeoPoint.of(6.5095, 3.3711);

  /** Lekki, Lagos. */
  public static final GeoPoint LEKKI = GeoPoint.of(6.4698, 3.5852);

  /** Abuja. */
  public static final GeoPoint ABUJA = GeoPoint.of(9.0765, 7.3986);

  private TestPlaces() {}

  /** A location at a point, with an address naming its coordinates. */
  public static Location at(GeoPoint point) {
    return new Location("Near " + point.latitude() + "," + point.longitude(), point);
  }
}

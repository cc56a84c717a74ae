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

/**
 * A point on Earth in WGS-84 degrees (the GeoJSON order is longitude first; this record names
 * both).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) double latitude,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Validates the ranges. */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180");
    }
  }

  /** A point. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /** The great-circle (haversine) distance to another point, in kilometres. */
  public double distanceKm(GeoPoint other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}

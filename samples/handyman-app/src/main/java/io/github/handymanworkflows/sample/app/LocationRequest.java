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

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import org.jspecify.annotations.Nullable;

/**
 * A location in a request.
 *
 * @param address the street address
 * @param latitude degrees north
 * @param longitude degrees east
 */
record LocationRequest(
    @Nullable String address, @Nullable Double latitude, @Nullable Double longitude) {

  Location toLocation(String field) {
    String text = Check.text(address, field + ".address", 300);
    double lat = Check.required(latitude, field + ".latitude");
    double lon = Check.required(longitude, field + ".longitude");
    // Written so that NaN fails too.
    if (!(lat >= -90 && lat <= 90)) {
      throw ApiException.invalid(field + ".latitude", "must be between -90 and 90");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw ApiException.invalid(field + ".longitude", "must be between -180 and 180");
    }
    return new Location(text, GeoPoint.of(lat, lon));
  }
}

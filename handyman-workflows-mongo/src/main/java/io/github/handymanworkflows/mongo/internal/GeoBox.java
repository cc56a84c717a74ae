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
package io.github.handymanworkflows.mongo.internal;

import com.mongodb.client.model.Filters;
import io.github.handymanworkflows.domain.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * A latitude/longitude box that contains every point within a radius of a centre: the range filter
 * that narrows a distance search before the exact great-circle distance is computed.
 *
 * <p>Plain ranges on scalar fields run on any server, the in-JVM test server included, and use an
 * ordinary compound index. Near the poles or across the antimeridian the box widens to the whole
 * longitude range (or splits in two), so it never loses a point; it only lets a few extra corners
 * through, which the exact distance then removes.
 */
public final class GeoBox {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private GeoBox() {}

  /** The filter on {@code latField}/{@code lngField} for points within {@code radiusKm}. */
  public static Bson around(GeoPoint centre, double radiusKm, String latField, String lngField) {
    double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
    double minLat = centre.latitude() - dLat;
    double maxLat = centre.latitude() + dLat;
    Bson latitude = Filters.and(Filters.gte(latField, minLat), Filters.lte(latField, maxLat));
    if (minLat <= -90 || maxLat >= 90) {
      return latitude;
    }
    // The circle's widest longitude span (J. Matuschek, "Finding points within a distance of a
    // latitude/longitude using bounding coordinates").
    double ratio =
        Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(Math.toRadians(centre.latitude()));
    if (ratio >= 1) {
      return latitude;
    }
    double dLng = Math.toDegrees(Math.asin(ratio));
    double minLng = centre.longitude() - dLng;
    double maxLng = centre.longitude() + dLng;
    List<Bson> longitude = new ArrayList<>();
    if (minLng < -180) {
      longitude.add(Filters.gte(lngField, minLng + 360));
      longitude.add(Filters.lte(lngField, maxLng));
    } else if (maxLng > 180) {
      longitude.add(Filters.gte(lngField, minLng));
      longitude.add(Filters.lte(lngField, maxLng - 360));
    } else {
      return Filters.and(latitude, Filters.gte(lngField, minLng), Filters.lte(lngField, maxLng));
    }
    return Filters.and(latitude, Filters.or(longitude));
  }
}

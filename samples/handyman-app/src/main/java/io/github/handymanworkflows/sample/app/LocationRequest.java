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

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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.event.AvailabilityChanged;
import io.github.handymanworkflows.event.HandymanApproved;
import io.github.handymanworkflows.event.HandymanRejected;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Handymen toggle their availability; admins approve or reject handymen. */
@RestController
class HandymanController {

  private final HandymanRepository handymen;
  private final UserRepository users;
  private final Sessions sessions;
  private final AppEvents events;
  private final Clock clock;

  HandymanController(
      HandymanRepository handymen,
      UserRepository users,
      Sessions sessions,
      AppEvents events,
      Clock clock) {
    this.handymen = handymen;
    this.users = users;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  @GetMapping("/api/handymen/{handymanId}")
  Map<String, Object> get(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String handymanId) {
    sessions.require(authorization);
    return view(profile(handymanId));
  }

  record AvailabilityRequest(@Nullable Boolean available, @Nullable String reason) {}

  @PutMapping(path = "/api/handymen/me/availability", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> availability(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount handyman = sessions.require(authorization, Role.HANDYMAN);
    AvailabilityRequest request = JsonBodies.read(body, AvailabilityRequest.class);
    boolean available = Check.required(request.available(), "available");
    String reason = Check.optionalText(request.reason(), "reason", 500);
    Instant now = clock.instant();
    HandymanProfile before = profile(handyman.id());
    if (before.available() != available) {
      handymen.setAvailability(handyman.id(), available, reason, now);
      events.emit(
          AvailabilityChanged.TYPE.event(
              new AvailabilityChanged(handyman.id(), available, reason, now)));
    }
    return view(profile(handyman.id()));
  }

  record RejectRequest(@Nullable String reason) {}

  @PostMapping("/api/admin/handymen/{handymanId}/approve")
  Map<String, Object> approve(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String handymanId) {
    UserAccount admin = sessions.require(authorization, Role.ADMIN);
    HandymanProfile profile = profile(handymanId);
    UserAccount user = user(handymanId);
    if (profile.approvalStatus() != ApprovalStatus.APPROVED) {
      Instant now = clock.instant();
      handymen.save(profile.withApprovalStatus(ApprovalStatus.APPROVED));
      events.emit(
          HandymanApproved.TYPE.event(
              new HandymanApproved(
                  user.id(), user.email(), user.firstName(), user.lastName(), admin.id(), now)));
    }
    return view(profile(handymanId));
  }

  /** Rejects a handyman; rejecting again answers the same and emits nothing new. */
  @PostMapping(
      path = "/api/admin/handymen/{handymanId}/reject",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> reject(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String handymanId,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount admin = sessions.require(authorization, Role.ADMIN);
    RejectRequest request = JsonBodies.read(body, RejectRequest.class);
    String reason = Check.text(request.reason(), "reason", 500);
    HandymanProfile profile = profile(handymanId);
    UserAccount user = user(handymanId);
    if (profile.approvalStatus() == ApprovalStatus.REJECTED) {
      return view(profile);
    }
    Instant now = clock.instant();
    handymen.save(profile.withApprovalStatus(ApprovalStatus.REJECTED));
    events.emit(
        HandymanRejected.TYPE.event(
            new HandymanRejected(
                user.id(),
                user.email(),
                user.firstName(),
                user.lastName(),
                admin.id(),
                reason,
                now)));
    return view(profile(handymanId));
  }

  private HandymanProfile profile(String handymanId) {
    return handymen.find(handymanId).orElseThrow(() -> ApiException.notFound("handyman"));
  }

  private UserAccount user(String userId) {
    return users.find(userId).orElseThrow(() -> ApiException.notFound("user"));
  }

  private Map<String, Object> view(HandymanProfile profile) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("handymanId", profile.handymanId());
    body.put("skills", profile.skills().stream().sorted().toList());
    body.put("approvalStatus", profile.approvalStatus().name().toLowerCase(Locale.ROOT));
    body.put("emailVerified", profile.emailVerified());
    body.put("available", profile.available());
    body.put("completedJobs", profile.stats().completedJobs());
    if (profile.location() != null) {
      body.put("address", profile.location().address());
    }
    return body;
  }
}

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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.mail.LinkRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code handyman.workflows.*} settings. Defaults suit a local run: the embedded engine,
 * in-memory stores and an outbox folder instead of a mail provider.
 */
@ConfigurationProperties("handyman.workflows")
public class HandymanWorkflowsProperties {

  /** Which engine runs the workflows: embedded (in-process) or inngest. */
  private String engine = "embedded";

  /**
   * The app id, prefix of every composite function id. Unset: INNGEST_APP_ID, else handyman-app.
   */
  private @Nullable String appId;

  /**
   * The business time zone: crons fire in it and analytics periods are calendar days, weeks and
   * months in it. An IANA zone id such as Africa/Lagos.
   */
  private String zone = "UTC";

  /**
   * Cron overrides by function id, for example cleanup-expired-tokens=0 3 * * *. Five fields; the
   * business zone applies unless the value starts with TZ=.
   */
  private Map<String, String> crons = new LinkedHashMap<>();

  /** Rows per page when cron workflows scan users or records (1 to 1000). */
  private int pageSize = 100;

  private final Serve serve = new Serve();
  private final Dashboard dashboard = new Dashboard();
  private final Embedded embedded = new Embedded();
  private final Mail mail = new Mail();
  private final Inngest inngest = new Inngest();
  private final Lockout lockout = new Lockout();
  private final Accounts accounts = new Accounts();
  private final Onboarding onboarding = new Onboarding();
  private final Matching matching = new Matching();
  private final Reviews reviews = new Reviews();
  private final Performance performance = new Performance();
  private final Tokens tokens = new Tokens();

  public String getEngine() {
    return engine;
  }

  public void setEngine(String engine) {
    this.engine = engine;
  }

  public @Nullable String getAppId() {
    return appId;
  }

  public void setAppId(@Nullable String appId) {
    this.appId = appId;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Map<String, String> getCrons() {
    return crons;
  }

  public void setCrons(Map<String, String> crons) {
    this.crons = crons;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  public Serve getServe() {
    return serve;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public Embedded getEmbedded() {
    return embedded;
  }

  public Mail getMail() {
    return mail;
  }

  public Inngest getInngest() {
    return inngest;
  }

  public Lockout getLockout() {
    return lockout;
  }

  public Accounts getAccounts() {
    return accounts;
  }

  public Onboarding getOnboarding() {
    return onboarding;
  }

  public Matching getMatching() {
    return matching;
  }

  public Reviews getReviews() {
    return reviews;
  }

  public Performance getPerformance() {
    return performance;
  }

  public Tokens getTokens() {
    return tokens;
  }

  /** Verification and password-reset tokens. */
  public static class Tokens {

    /**
     * The key the raw tokens are derived from (HMAC-SHA256), at least 32 bytes: the host's token
     * issuer and every process running the email workflows must share it. Required unless the
     * tokens are kept in memory, where a random per-process key is used. Set it from a secret
     * store, for example the environment variable HANDYMAN_WORKFLOWS_TOKENS_SECRET.
     */
    private @Nullable String secret;

    public @Nullable String getSecret() {
      return secret;
    }

    public void setSecret(@Nullable String secret) {
      this.secret = secret;
    }
  }

  /** The serve endpoint. */
  public static class Serve {

    /** Whether the serve endpoint is mounted on the host's web stack (MVC or WebFlux). */
    private boolean enabled = true;

    /** The path of the serve endpoint. */
    private String path = "/api/inngest";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }
  }

  /** The run dashboard of the embedded engine (handyman-workflows-dashboard on the classpath). */
  public static class Dashboard {

    /**
     * Whether the run dashboard is served (Spring MVC, embedded engine). It has no login of its
     * own: the host's security must protect its path.
     */
    private boolean enabled = false;

    /** The path the dashboard is served under. */
    private String path = "/handyman/dashboard";

    /** Whether the dashboard only shows runs, refusing retry, cancel and replay. */
    private boolean readOnly = false;

    /**
     * Whether the host protects the dashboard's path by other means than Spring Security; without
     * Spring Security and without this, the dashboard is refused off a loopback server.address.
     */
    private boolean hostSecured = false;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public boolean isReadOnly() {
      return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
      this.readOnly = readOnly;
    }

    public boolean isHostSecured() {
      return hostSecured;
    }

    public void setHostSecured(boolean hostSecured) {
      this.hostSecured = hostSecured;
    }
  }

  /** The embedded engine. */
  public static class Embedded {

    /** How many workflow calls may run at once. */
    private int workers = 4;

    /**
     * Whether event JSON POSTed to the serve endpoint is ingested. Off by default; when on, a
     * request needs one of {@code event-keys} (or {@code dev-without-key} on a loopback server).
     */
    private boolean acceptHttpEvents = false;

    /**
     * Event keys accepted at {@code <serve path>/e/<key>} or in the {@code X-Event-Key} header.
     * List two while rotating: add the new key, move the senders, remove the old one.
     */
    private List<String> eventKeys = new ArrayList<>();

    /**
     * Accept events without a key: a local dev convenience, refused at startup unless {@code
     * server.address} is a loopback address.
     */
    private boolean devWithoutKey = false;

    /**
     * Security-sensitive event names (locks, resets, lock notices, account archiving, approvals)
     * accepted over HTTP anyway. Empty by default: those events come only from the host's code.
     */
    private List<String> allowedSensitiveEvents = new ArrayList<>();

    /** How many recent runs the handymanworkflows actuator endpoint lists. */
    private int recentRuns = 50;

    public int getWorkers() {
      return workers;
    }

    public void setWorkers(int workers) {
      this.workers = workers;
    }

    public boolean isAcceptHttpEvents() {
      return acceptHttpEvents;
    }

    public void setAcceptHttpEvents(boolean acceptHttpEvents) {
      this.acceptHttpEvents = acceptHttpEvents;
    }

    public List<String> getEventKeys() {
      return eventKeys;
    }

    public void setEventKeys(List<String> eventKeys) {
      this.eventKeys = eventKeys;
    }

    public boolean isDevWithoutKey() {
      return devWithoutKey;
    }

    public void setDevWithoutKey(boolean devWithoutKey) {
      this.devWithoutKey = devWithoutKey;
    }

    public List<String> getAllowedSensitiveEvents() {
      return allowedSensitiveEvents;
    }

    public void setAllowedSensitiveEvents(List<String> allowedSensitiveEvents) {
      this.allowedSensitiveEvents = allowedSensitiveEvents;
    }

    public int getRecentRuns() {
      return recentRuns;
    }

    public void setRecentRuns(int recentRuns) {
      this.recentRuns = recentRuns;
    }
  }

  /** What every email needs to know, and the default outbox mailer. */
  public static class Mail {

    /** The sender address of every email. */
    private String from = "no-reply@handyman.example";

    /** The sender's display name. */
    private String fromName = "Handyman";

    /** Where replies go; unset for the sender. */
    private @Nullable String replyTo;

    /** The marketplace's name, shown in subjects and footers. */
    private String brandName = "Handyman";

    /** The address users are told to write to. */
    private String supportEmail = "support@handyman.example";

    /** The frontend's base URL that links in emails point to. */
    private String frontendBaseUrl = "http://localhost:3000";

    /** Path templates of the frontend pages emails link to, by route, overriding the defaults. */
    private Map<LinkRoute, String> routes = new EnumMap<>(LinkRoute.class);

    /**
     * The folder the default mailer writes each email to (.eml and .html), when no other Mailer
     * bean (such as the Resend adapter's) is present.
     */
    private Path outboxDirectory = Path.of("outbox");

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getFromName() {
      return fromName;
    }

    public void setFromName(String fromName) {
      this.fromName = fromName;
    }

    public @Nullable String getReplyTo() {
      return replyTo;
    }

    public void setReplyTo(@Nullable String replyTo) {
      this.replyTo = replyTo;
    }

    public String getBrandName() {
      return brandName;
    }

    public void setBrandName(String brandName) {
      this.brandName = brandName;
    }

    public String getSupportEmail() {
      return supportEmail;
    }

    public void setSupportEmail(String supportEmail) {
      this.supportEmail = supportEmail;
    }

    public String getFrontendBaseUrl() {
      return frontendBaseUrl;
    }

    public void setFrontendBaseUrl(String frontendBaseUrl) {
      this.frontendBaseUrl = frontendBaseUrl;
    }

    public Map<LinkRoute, String> getRoutes() {
      return routes;
    }

    public void setRoutes(Map<LinkRoute, String> routes) {
      this.routes = routes;
    }

    public Path getOutboxDirectory() {
      return outboxDirectory;
    }

    public void setOutboxDirectory(Path outboxDirectory) {
      this.outboxDirectory = outboxDirectory;
    }
  }

  /**
   * Inngest settings. Each one overrides the standard INNGEST_* environment variable named in its
   * description; unset ones fall back to that variable.
   */
  public static class Inngest {

    /** Dev Server mode (INNGEST_DEV): true, false, or the Dev Server's URL. */
    private @Nullable String dev;

    /** The signing key (INNGEST_SIGNING_KEY); required in cloud mode. */
    private @Nullable String signingKey;

    /** The fallback signing key used during key rotation (INNGEST_SIGNING_KEY_FALLBACK). */
    private @Nullable String signingKeyFallback;

    /** The event key (INNGEST_EVENT_KEY). */
    private @Nullable String eventKey;

    /** The Inngest environment (branch) name (INNGEST_ENV). */
    private @Nullable String env;

    /** The origin of both Inngest APIs (INNGEST_BASE_URL). */
    private @Nullable String baseUrl;

    /** The origin of Inngest's API (INNGEST_API_BASE_URL). */
    private @Nullable String apiBaseUrl;

    /** The origin of Inngest's event API (INNGEST_EVENT_API_BASE_URL). */
    private @Nullable String eventApiBaseUrl;

    /** The externally reachable origin of the serve endpoint (INNGEST_SERVE_ORIGIN). */
    private @Nullable String serveOrigin;

    /** The externally reachable path of the serve endpoint (INNGEST_SERVE_PATH). */
    private @Nullable String servePath;

    /** Whether signed in-band sync requests are answered (INNGEST_ALLOW_IN_BAND_SYNC). */
    private @Nullable Boolean allowInBandSync;

    /**
     * Whether an unsigned out-of-band sync PUT is performed in cloud mode
     * (INNGEST_ENABLE_UNAUTHED_SYNC, default false). The registered URL still comes only from
     * serve-origin and serve-path.
     */
    private @Nullable Boolean allowUnauthenticatedSync;

    public @Nullable String getDev() {
      return dev;
    }

    public void setDev(@Nullable String dev) {
      this.dev = dev;
    }

    public @Nullable String getSigningKey() {
      return signingKey;
    }

    public void setSigningKey(@Nullable String signingKey) {
      this.signingKey = signingKey;
    }

    public @Nullable String getSigningKeyFallback() {
      return signingKeyFallback;
    }

    public void setSigningKeyFallback(@Nullable String signingKeyFallback) {
      this.signingKeyFallback = signingKeyFallback;
    }

    public @Nullable String getEventKey() {
      return eventKey;
    }

    public void setEventKey(@Nullable String eventKey) {
      this.eventKey = eventKey;
    }

    public @Nullable String getEnv() {
      return env;
    }

    public void setEnv(@Nullable String env) {
      this.env = env;
    }

    public @Nullable String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public @Nullable String getApiBaseUrl() {
      return apiBaseUrl;
    }

    public void setApiBaseUrl(@Nullable String apiBaseUrl) {
      this.apiBaseUrl = apiBaseUrl;
    }

    public @Nullable String getEventApiBaseUrl() {
      return eventApiBaseUrl;
    }

    public void setEventApiBaseUrl(@Nullable String eventApiBaseUrl) {
      this.eventApiBaseUrl = eventApiBaseUrl;
    }

    public @Nullable String getServeOrigin() {
      return serveOrigin;
    }

    public void setServeOrigin(@Nullable String serveOrigin) {
      this.serveOrigin = serveOrigin;
    }

    public @Nullable String getServePath() {
      return servePath;
    }

    public void setServePath(@Nullable String servePath) {
      this.servePath = servePath;
    }

    public @Nullable Boolean getAllowInBandSync() {
      return allowInBandSync;
    }

    public void setAllowInBandSync(@Nullable Boolean allowInBandSync) {
      this.allowInBandSync = allowInBandSync;
    }

    public @Nullable Boolean getAllowUnauthenticatedSync() {
      return allowUnauthenticatedSync;
    }

    public void setAllowUnauthenticatedSync(@Nullable Boolean allowUnauthenticatedSync) {
      this.allowUnauthenticatedSync = allowUnauthenticatedSync;
    }
  }

  /** The failed-login policy used by login tracking and security monitoring. */
  public static class Lockout {

    /** Failed logins within the window that lock an account. */
    private int maxFailures = 10;

    /** The window failed logins are counted in. */
    private Duration window = Duration.ofHours(1);

    /** How long a locked account stays locked. */
    private Duration lockDuration = Duration.ofHours(24);

    public int getMaxFailures() {
      return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
      this.maxFailures = maxFailures;
    }

    public Duration getWindow() {
      return window;
    }

    public void setWindow(Duration window) {
      this.window = window;
    }

    public Duration getLockDuration() {
      return lockDuration;
    }

    public void setLockDuration(Duration lockDuration) {
      this.lockDuration = lockDuration;
    }
  }

  /** Re-engagement and archiving of inactive accounts. */
  public static class Accounts {

    /** How long without a login makes a user inactive for re-engagement. */
    private Duration inactivity = Duration.ofDays(30);

    /** How long without a login before weekly maintenance archives an account. */
    private Duration archiveAfter = Duration.ofDays(180);

    public Duration getInactivity() {
      return inactivity;
    }

    public void setInactivity(Duration inactivity) {
      this.inactivity = inactivity;
    }

    public Duration getArchiveAfter() {
      return archiveAfter;
    }

    public void setArchiveAfter(Duration archiveAfter) {
      this.archiveAfter = archiveAfter;
    }
  }

  /** The onboarding drip. */
  public static class Onboarding {

    /** Wait before checking profile completeness. */
    private Duration profileCheckDelay = Duration.ofHours(24);

    /** Wait after the profile check before role tips. */
    private Duration tipsDelay = Duration.ofDays(3);

    public Duration getProfileCheckDelay() {
      return profileCheckDelay;
    }

    public void setProfileCheckDelay(Duration profileCheckDelay) {
      this.profileCheckDelay = profileCheckDelay;
    }

    public Duration getTipsDelay() {
      return tipsDelay;
    }

    public void setTipsDelay(Duration tipsDelay) {
      this.tipsDelay = tipsDelay;
    }
  }

  /** Job matching. */
  public static class Matching {

    /** The first search radius in kilometres. */
    private double radiusKm = 10;

    /** The radius of the follow-up search in kilometres. */
    private double widenedRadiusKm = 25;

    /** Handymen notified per search. */
    private int maxMatches = 5;

    /** How long to wait for a handyman to accept. */
    private Duration acceptWindow = Duration.ofHours(2);

    public double getRadiusKm() {
      return radiusKm;
    }

    public void setRadiusKm(double radiusKm) {
      this.radiusKm = radiusKm;
    }

    public double getWidenedRadiusKm() {
      return widenedRadiusKm;
    }

    public void setWidenedRadiusKm(double widenedRadiusKm) {
      this.widenedRadiusKm = widenedRadiusKm;
    }

    public int getMaxMatches() {
      return maxMatches;
    }

    public void setMaxMatches(int maxMatches) {
      this.maxMatches = maxMatches;
    }

    public Duration getAcceptWindow() {
      return acceptWindow;
    }

    public void setAcceptWindow(Duration acceptWindow) {
      this.acceptWindow = acceptWindow;
    }
  }

  /** Review requests after a completed job. */
  public static class Reviews {

    /** Wait after completion before asking for a review. */
    private Duration delay = Duration.ofHours(24);

    /** How long to wait for the review before a reminder. */
    private Duration window = Duration.ofDays(3);

    public Duration getDelay() {
      return delay;
    }

    public void setDelay(Duration delay) {
      this.delay = delay;
    }

    public Duration getWindow() {
      return window;
    }

    public void setWindow(Duration window) {
      this.window = window;
    }
  }

  /** Handyman performance emails. */
  public static class Performance {

    /** Completed jobs needed before an average rating is judged. */
    private int minCompletedJobs = 3;

    /** Average ratings strictly below this get tips. */
    private double tipsBelow = 3.0;

    /** Average ratings at or above this get recognition. */
    private double recognitionAtLeast = 4.5;

    public int getMinCompletedJobs() {
      return minCompletedJobs;
    }

    public void setMinCompletedJobs(int minCompletedJobs) {
      this.minCompletedJobs = minCompletedJobs;
    }

    public double getTipsBelow() {
      return tipsBelow;
    }

    public void setTipsBelow(double tipsBelow) {
      this.tipsBelow = tipsBelow;
    }

    public double getRecognitionAtLeast() {
      return recognitionAtLeast;
    }

    public void setRecognitionAtLeast(double recognitionAtLeast) {
      this.recognitionAtLeast = recognitionAtLeast;
    }
  }
}

package io.github.handymanworkflows.inngest;

/** How this SDK identifies itself to Inngest. */
public final class InngestSdk {

  /** The SDK name: the repository, prefixed by its owner because it is not in the inngest org. */
  public static final String NAME = "handymanworkflows/handyman-workflows";

  /** The SDK version, plain semver. */
  public static final String VERSION = "0.1.0";

  /**
   * The {@code X-Inngest-Sdk} value: {@code name:v<semver>} with exactly one colon, because the
   * server splits it there and semver-parses the rest.
   */
  public static final String SDK = NAME + ":v" + VERSION;

  /** The language reported in introspection and in-band sync. */
  public static final String LANGUAGE = "java";

  /** The request version this SDK speaks ({@code X-Inngest-Req-Version}). */
  public static final String REQUEST_VERSION = "2";

  /** The introspection schema version. */
  public static final String SCHEMA_VERSION = "2024-05-24";

  private InngestSdk() {}
}

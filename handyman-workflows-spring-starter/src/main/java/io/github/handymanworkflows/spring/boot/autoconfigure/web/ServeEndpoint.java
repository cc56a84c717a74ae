package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;

/**
 * What answers requests at {@code handyman.workflows.serve.path}: the Inngest serve handler in
 * inngest mode, {@link EmbeddedServeEndpoint} in embedded mode. The MVC and WebFlux routes only
 * translate HTTP to and from these records.
 */
@FunctionalInterface
public interface ServeEndpoint {

  /** Answers one request; never throws. */
  ServeResponse handle(ServeRequest request);
}

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
package io.github.handymanworkflows.samples.ownworkflow;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

/** The example in plain Java, on either engine. */
public final class QuotePlainJava {

  /** The app id. */
  public static final String APP_ID = "quote-shop";

  private QuotePlainJava() {}

  /**
   * On the embedded engine, beside the marketplace's workflows, with in-memory ports and emails in
   * {@code ./outbox}: start it, then publish events to {@link EmbeddedWorkflows#publisher()}.
   */
  public static EmbeddedWorkflows embedded(QuoteNotifier notifier) {
    return EmbeddedWorkflows.builder(APP_ID).functions(QuoteFollowUp.function(notifier)).build();
  }

  /**
   * On Inngest: serves the function at {@code /api/inngest} on {@code server}; configuration is the
   * standard {@code INNGEST_*} environment. Publish events with {@link InngestApp#publisher()}.
   */
  public static InngestApp inngest(
      Map<String, String> env, QuoteNotifier notifier, HttpServer server) {
    InngestApp app =
        InngestApp.builder(InngestConfig.fromEnvironment(env, APP_ID))
            .functions(QuoteFollowUp.function(notifier))
            .build();
    JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
    return app;
  }

  /** Serves on Inngest at {@code PORT} (default 3008) until stopped. */
  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3008"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    InngestApp app = inngest(System.getenv(), new RecordingQuoteNotifier(), server);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "quote-shop-shutdown"));
    server.start();
  }
}

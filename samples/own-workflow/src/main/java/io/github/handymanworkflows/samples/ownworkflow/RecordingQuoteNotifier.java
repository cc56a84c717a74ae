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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps every notification in memory (and logs it), for the sample and its tests. */
public final class RecordingQuoteNotifier implements QuoteNotifier {

  private static final Logger LOGGER = LoggerFactory.getLogger(RecordingQuoteNotifier.class);

  private final List<String> sent = new CopyOnWriteArrayList<>();

  /** An empty notifier. */
  public RecordingQuoteNotifier() {}

  @Override
  public void remindHandyman(String quoteId, String handymanId) {
    record("remind " + handymanId + " about " + quoteId);
  }

  @Override
  public void tellCustomerNoQuote(String quoteId, String customerId) {
    record("tell " + customerId + " no quote for " + quoteId);
  }

  private void record(String notification) {
    if (!sent.contains(notification)) {
      sent.add(notification);
      LOGGER.info("notification: {}", notification);
    }
  }

  /** Every notification, in order. */
  public List<String> sent() {
    return List.copyOf(sent);
  }
}

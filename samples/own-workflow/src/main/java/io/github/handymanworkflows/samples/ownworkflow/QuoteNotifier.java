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

/**
 * The example's port: how the host reaches people. A real host sends email or push messages; each
 * call may be retried, so an implementation de-duplicates by quote id.
 */
public interface QuoteNotifier {

  /** Reminds the handyman that a quote is waiting. */
  void remindHandyman(String quoteId, String handymanId);

  /** Tells the customer that no quote came. */
  void tellCustomerNoQuote(String quoteId, String customerId);
}

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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample marketplace: {@code ./mvnw -pl samples/handyman-app -am spring-boot:run} starts it on
 * port 3006 with the embedded engine, in-memory stores and an outbox folder for emails.
 */
@SpringBootApplication
public class HandymanApplication {

  /** Starts the app. */
  public static void main(String[] args) {
    SpringApplication.run(HandymanApplication.class, args);
  }
}

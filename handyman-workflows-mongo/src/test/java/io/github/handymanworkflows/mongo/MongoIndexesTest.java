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
package io.github.handymanworkflows.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.IndexOptions;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class MongoIndexesTest {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Test
  void startupCreatesTheDeclaredIndexesAndASecondStartupAcceptsThem() {
    MongoStorage storage = fresh();

    assertThat(storage.ensureIndexes()).isPositive();
    storage.ensureIndexes();

    List<Document> indexes =
        Flux.from(storage.database().getCollection("tokens").listIndexes()).collectList().block();
    assertThat(indexes)
        .anySatisfy(
            index -> {
              assertThat(index.getString("name")).isEqualTo("token_hash");
              assertThat(index.get("unique")).isEqualTo(true);
            });
  }

  @Test
  void anIndexWithTheDeclaredKeysButAnotherDefinitionIsReportedNotIgnored() {
    MongoStorage storage = fresh();
    Mono.from(
            storage
                .database()
                .getCollection("tokens")
                .createIndex(
                    new Document("tokenHash", 1),
                    new IndexOptions().name("legacy_hash").unique(true)))
        .block();

    assertThatThrownBy(storage::ensureIndexes)
        .isInstanceOf(MongoIndexConflictException.class)
        .hasMessageContaining("tokens")
        .hasMessageContaining("token_hash")
        .hasMessageContaining("legacy_hash")
        .satisfies(e -> assertThat(((MongoIndexConflictException) e).conflicts()).hasSize(1));
  }

  @Test
  void everyDeclaredIndexNamesTheQueryItServes() {
    assertThat(MongoStorage.indexes())
        .allSatisfy(index -> assertThat(index.purpose()).isNotBlank());
    assertThat(MongoStorage.indexes().stream().map(i -> i.collection() + "." + i.name()))
        .doesNotHaveDuplicates();
  }

  private static MongoStorage fresh() {
    return MongoStorage.create(
        mongo.client(),
        MongoSettings.defaults().withDatabase("i" + UUID.randomUUID().toString().replace("-", "")));
  }
}

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
package io.github.handymanworkflows.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A {@code customer/job.posted} event between wire JSON and its typed, validated envelope: decoding
 * runs the payload's compact-constructor validation (and Money, Location, GeoPoint's).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EventCodecBenchmark {

  private final ObjectMapper mapper = Json.mapper();
  private EventCodec codec;
  private Event<JobPosted> event;
  private byte[] wire;
  private JsonNode tree;

  @Setup
  public void setUp() throws IOException {
    codec = new EventCodec(EventCatalogue.registry());
    event = Fixtures.jobPostedEvent(7);
    wire = WireFormat.bytes(codec.encode(event));
    tree = mapper.readTree(wire);
    if (!codec.decode(tree).equals(event)) {
      throw new IllegalStateException("job.posted does not round-trip");
    }
  }

  /** Wire bytes to a validated envelope: parse, then decode. */
  @Benchmark
  public Event<?> decodeFromBytes() throws IOException {
    return codec.decode(mapper.readTree(wire));
  }

  /** A parsed tree to a validated envelope. */
  @Benchmark
  public Event<?> decodeFromTree() {
    return codec.decode(tree);
  }

  /** An envelope to its wire tree. */
  @Benchmark
  public ObjectNode encodeToTree() {
    return codec.encode(event);
  }

  /** An envelope to wire bytes. */
  @Benchmark
  public byte[] encodeToBytes() {
    return WireFormat.bytes(codec.encode(event));
  }
}

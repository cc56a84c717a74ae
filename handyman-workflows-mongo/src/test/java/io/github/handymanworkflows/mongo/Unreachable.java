package io.github.handymanworkflows.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Storage whose client points at a loopback port nobody listens on. */
final class Unreachable {

  private Unreachable() {}

  static MongoStorage storage(String password) {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return MongoStorage.connect(
        "mongodb://app:"
            + password
            + "@127.0.0.1:"
            + port
            + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500",
        MongoSettings.defaults().withOperationTimeout(Duration.ofSeconds(2)));
  }
}

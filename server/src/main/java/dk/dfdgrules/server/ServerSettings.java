/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;

/**
 * How a {@link DfdgServer} runs: where it listens, whether it asks for a bearer token, which
 * origins may call it from a browser, and its limits.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}; anything but loopback needs a token
 * @param port the port, 0 for a free one
 * @param token the bearer token every request but {@code GET /health} must give, if any
 * @param corsOrigins the origins allowed to call from a browser (CORS); none by default
 * @param maxBodyBytes the largest request body, in bytes
 * @param maxNesting the deepest nesting of JSON arrays and objects in a body
 */
public record ServerSettings(
    String host,
    int port,
    Optional<String> token,
    List<String> corsOrigins,
    int maxBodyBytes,
    int maxNesting) {

  /** The default largest body: 1 MiB, far above the facts of any area. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** The default deepest nesting of a body's JSON. */
  public static final int DEFAULT_MAX_NESTING = 64;

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if the port is outside 0–65535, the token is blank or shorter
   *     than 16 characters, or a limit is not positive
   */
  public ServerSettings {
    checkArgument(!host.isBlank(), "host must not be blank");
    checkArgument(port >= 0 && port <= 65_535, "port must be 0-65535, was %s", port);
    token.ifPresent(
        t ->
            checkArgument(
                t.strip().length() >= 16 && t.strip().equals(t),
                "the token must be at least 16 characters, without spaces around it"));
    corsOrigins = List.copyOf(corsOrigins);
    checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive");
    checkArgument(maxNesting > 0, "maxNesting must be positive");
  }

  /**
   * The defaults on loopback: no token, no CORS, 1 MiB bodies, nesting 64.
   *
   * @param port the port, 0 for a free one
   * @return the settings
   */
  public static ServerSettings loopback(int port) {
    return new ServerSettings(
        "127.0.0.1",
        port,
        Optional.empty(),
        List.of(),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_NESTING);
  }

  /**
   * These settings on another address.
   *
   * @param newHost the address
   * @return the settings
   */
  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, token, corsOrigins, maxBodyBytes, maxNesting);
  }

  /**
   * These settings with a bearer token.
   *
   * @param newToken the token
   * @return the settings
   */
  public ServerSettings withToken(String newToken) {
    return new ServerSettings(
        host, port, Optional.of(newToken), corsOrigins, maxBodyBytes, maxNesting);
  }

  /**
   * These settings with origins allowed to call from a browser.
   *
   * @param origins e.g. {@code https://jobcenter.example}
   * @return the settings
   */
  public ServerSettings withCorsOrigins(List<String> origins) {
    return new ServerSettings(host, port, token, origins, maxBodyBytes, maxNesting);
  }

  /**
   * These settings with another body limit.
   *
   * @param bytes the largest body
   * @return the settings
   */
  public ServerSettings withMaxBodyBytes(int bytes) {
    return new ServerSettings(host, port, token, corsOrigins, bytes, maxNesting);
  }
}

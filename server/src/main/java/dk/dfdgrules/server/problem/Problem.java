/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.json.DfdgJson;
import java.util.Optional;

/**
 * An error answered as {@code application/problem+json} (RFC 9457): a type, a title, the HTTP
 * status and a detail, with the field and the line and column of the JSON that is wrong when there
 * are any. Every text is {@linkplain DfdgJson#mask masked}: no CPR number of a request comes back
 * in an error.
 *
 * @param type the problem's type, a URI relative to the service, e.g. {@code
 *     /problems/malformed-json}
 * @param title the kind of problem, the same for every problem of the type
 * @param status the HTTP status
 * @param detail what is wrong with this request
 * @param field the JSON path of the field that is wrong, if the problem is about one
 * @param line the line of the JSON where the problem is, from 1, if known
 * @param column the column, from 1, if known
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    Optional<String> field,
    Optional<Integer> line,
    Optional<Integer> column) {

  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * Masks the texts.
   *
   * @throws IllegalArgumentException if the status is not 4xx or 5xx
   */
  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem's status is 4xx or 5xx, was " + status);
    }
    detail = DfdgJson.mask(detail);
    field = field.map(DfdgJson::mask);
  }

  /**
   * A problem without a field or location.
   *
   * @param kind the kind
   * @param detail what is wrong
   * @return the problem
   */
  public static Problem of(Kind kind, String detail) {
    return new Problem(
        kind.type(),
        kind.title(),
        kind.status(),
        detail,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The problem as JSON.
   *
   * @param mapper the mapper
   * @param instance the request's path (masked)
   * @return the object
   */
  public ObjectNode toJson(ObjectMapper mapper, String instance) {
    ObjectNode n = mapper.createObjectNode();
    n.put("type", type);
    n.put("title", title);
    n.put("status", status);
    n.put("detail", detail);
    n.put("instance", DfdgJson.mask(instance));
    field.ifPresent(f -> n.put("field", f));
    line.ifPresent(l -> n.put("line", l));
    column.ifPresent(c -> n.put("column", c));
    return n;
  }

  /** The kinds of problem the service answers, each with its type, title and status. */
  public enum Kind {
    /** The body is not JSON, or not one JSON value. */
    MALFORMED_JSON("malformed-json", "The body is not well-formed JSON", 400),
    /** The JSON is well-formed but not facts of the area: a wrong type, an unknown field. */
    INVALID_FACTS("invalid-facts", "The JSON is not facts of the area", 400),
    /** A query parameter or path segment is wrong: a bad date, an unknown rule version. */
    BAD_PARAMETER("bad-parameter", "A parameter is wrong", 400),
    /** No such area, rule, code list or page. */
    NOT_FOUND("not-found", "Not found", 404),
    /** The method is not allowed on the path. */
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    /** The request lacks the bearer token, or gives a wrong one. */
    UNAUTHORIZED("unauthorized", "A bearer token is required", 401),
    /** The body is larger than the service accepts. */
    TOO_LARGE("too-large", "The body is too large", 413),
    /** The body is not JSON by its content type. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The body must be application/json", 415),
    /** The service failed: a defect, reported without its details. */
    INTERNAL("internal", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    Kind(String slug, String title, int status) {
      this.slug = slug;
      this.title = title;
      this.status = status;
    }

    /**
     * The type URI, relative to the service.
     *
     * @return e.g. {@code /problems/malformed-json}
     */
    public String type() {
      return "/problems/" + slug;
    }

    /**
     * The title.
     *
     * @return the title
     */
    public String title() {
      return title;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
      return status;
    }
  }
}

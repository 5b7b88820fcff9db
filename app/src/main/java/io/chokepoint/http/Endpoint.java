package io.chokepoint.http;

import io.chokepoint.review.Role;

/**
 * One endpoint as the API declares it: the same declaration registers the route, enforces its role
 * and writes its entry in {@code /openapi.json}, so the document cannot drift from the code.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path, with {@code {name}} parameters
 * @param role the least role that may call it, or {@code null} for a public endpoint
 * @param tag the group it belongs to in the document
 * @param summary what it does
 * @param body what the request body is, or {@code null} for none
 * @param status the status of a success: 200, or 201 for an endpoint that creates a record
 * @param produces the media type of a success's body
 */
public record Endpoint(
    String method,
    String path,
    Role role,
    String tag,
    String summary,
    String body,
    int status,
    String produces) {
  /** An endpoint answering 200 with JSON. */
  public Endpoint(String method, String path, Role role, String tag, String summary, String body) {
    this(method, path, role, tag, summary, body, 200, "application/json");
  }

  /** This endpoint answering 201 Created. */
  public Endpoint created() {
    return new Endpoint(method, path, role, tag, summary, body, 201, produces);
  }

  /** This endpoint answering with a body of another media type, which its handler writes. */
  public Endpoint producing(String mediaType) {
    return new Endpoint(method, path, role, tag, summary, body, status, mediaType);
  }
}

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
 */
public record Endpoint(
    String method, String path, Role role, String tag, String summary, String body) {}

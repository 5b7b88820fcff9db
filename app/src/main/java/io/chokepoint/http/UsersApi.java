package io.chokepoint.http;

import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users and API tokens, as {@code chokepoint users list|add|token} do: an admin lists and adds
 * users; a token is made by an admin for anyone, or by a user for themselves, and shown once.
 */
final class UsersApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint("GET", "/api/users", Role.ADMIN, "users", "Every user and role.", null),
        call -> api.services().store().users().all().stream().map(UsersApi::json).toList());
    api.route(
        new Endpoint(
                "POST",
                "/api/users",
                Role.ADMIN,
                "users",
                "Add a user.",
                "{name, role: viewer|officer|admin}")
            .created(),
        call -> {
          String name = call.string("name");
          if (name.contains("\n") || !name.strip().equals(name)) {
            throw ApiException.invalid(
                "name", "a user name must be one line, without outer spaces");
          }
          Role role;
          try {
            role = Role.parse(call.string("role"));
          } catch (IllegalArgumentException e) {
            throw ApiException.invalid("role", e.getMessage());
          }
          Actor added = api.services().store().users().add(call.actor(), name, role);
          return json(added);
        });
    api.route(
        new Endpoint(
                "POST",
                "/api/users/{name}/tokens",
                Role.VIEWER,
                "users",
                "Make an API token (an admin for anyone, a user for themselves); it is shown once.",
                "{label?}")
            .created(),
        call -> {
          String label = call.context().body().isBlank() ? null : call.optionalString("label");
          String user = call.path("name");
          String token = api.services().store().apiTokens().create(call.actor(), user, label);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("user", user);
          m.put("token", token);
          return m;
        });
  }

  private static Map<String, Object> json(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role().name().toLowerCase());
    return m;
  }
}

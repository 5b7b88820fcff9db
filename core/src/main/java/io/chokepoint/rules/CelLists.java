package io.chokepoint.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Marks fact lists as already in CEL's runtime form, so that CEL does not copy a list element by
 * element every time a condition reads it (the copy was an eighth of a determination's time). The
 * marker class is internal to cel-java; if it cannot be found, lists are passed as they are and
 * only speed is lost.
 */
final class CelLists {
  private static final MethodHandle WRAP = wrapper();

  private CelLists() {}

  private static MethodHandle wrapper() {
    try {
      Class<?> c = Class.forName("dev.cel.common.values.CelPreAdaptedList");
      java.lang.reflect.Method m = c.getDeclaredMethod("wrap", List.class);
      m.setAccessible(true);
      return MethodHandles.lookup()
          .unreflect(m)
          .asType(MethodType.methodType(Object.class, List.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The value as CEL reads it without copying: a list of strings is marked as adapted. */
  static Object adapt(Object value) {
    if (WRAP != null && value instanceof List<?> list) {
      try {
        return (Object) WRAP.invokeExact(list);
      } catch (Throwable e) {
        return value;
      }
    }
    return value;
  }
}

package io.github.bsc4j.model;

import java.io.InvalidObjectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the serial forms of the model share. {@link Scorecard}, {@link Objective} and {@link
 * Indicator} are written as a plain-data proxy whose {@code readResolve} rebuilds the element
 * through its public builder, so a deserialised definition passes every check a built one does;
 * the records carry their own form and are rebuilt through their canonical constructor, which
 * uses {@link #list} so that a stream cannot smuggle an element of the wrong type into a list.
 */
final class SerialForms {
  /** The message of a stream that claims an element's own class instead of its proxy. */
  static final String PROXY_REQUIRED = "proxy required";

  private SerialForms() {}

  /**
   * An unmodifiable copy of {@code list} whose every element is checked to be a {@code type}:
   * generic types are erased, so a hand-made stream could otherwise put any object in.
   *
   * @throws NullPointerException if {@code list} or an element is null
   * @throws ClassCastException naming {@code what} and the position if an element is not a
   *     {@code type}
   */
  static <T> List<T> list(List<? extends T> list, Class<T> type, String what) {
    Objects.requireNonNull(list, what);
    List<T> copy = new ArrayList<>(list.size());
    for (int k = 0; k < list.size(); k++) {
      Object e = Objects.requireNonNull(list.get(k), what + " element " + k);
      if (!type.isInstance(e)) {
        throw new ClassCastException(
            what + " element " + k + " is a " + e.getClass().getName() + ", not a "
                + type.getSimpleName());
      }
      copy.add(type.cast(e));
    }
    return List.copyOf(copy);
  }

  /**
   * The exception of a proxy whose data cannot even be handed to the builder (a null where the
   * builder takes none, an object of the wrong type): what {@code readResolve} throws instead.
   */
  static InvalidObjectException invalid(String kind, String id, RuntimeException cause) {
    InvalidObjectException e =
        new InvalidObjectException(
            "serialised "
                + kind
                + " "
                + (id == null ? "without an id" : Problems.q(id))
                + " is corrupt: "
                + cause.getMessage());
    e.initCause(cause);
    return e;
  }
}

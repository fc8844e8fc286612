package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link Scorecard}, {@link Objective} and {@link Indicator} share, in one place: id, display
 * name and description, their part of equality, hash code and {@code toString()}, and a builder
 * base that holds them, checks the id and collects every problem before it throws. An attribute all
 * three get is added here once.
 *
 * <p>Serialisable so that the three may be: none of them is ever written in its own form, each
 * writes a proxy (see {@link SerialForms}) and refuses a stream that claims its own class.
 */
abstract class Element implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String name;
  private final String description;

  Element(Builder<?> b) {
    // Ids are interned (they are short: see Ids), so that measurements keyed by the same id,
    // which intern theirs, are found by comparing references.
    this.id = b.id.length() <= 64 ? b.id.intern() : b.id;
    this.name = b.name == null ? b.id : b.name;
    this.description = b.description;
  }

  /**
   * The element's id, unique within its scorecard.
   *
   * @return the id
   */
  public final String id() {
    return id;
  }

  /**
   * The display name (the id when none was given).
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /**
   * What the element means or measures (may be empty).
   *
   * @return the description
   */
  public final String description() {
    return description;
  }

  /** Whether the shared attributes of {@code that} equal this element's. */
  final boolean sameElement(Element that) {
    return id.equals(that.id) && name.equals(that.name) && description.equals(that.description);
  }

  /** A hash code over the shared attributes and {@code attributes}. */
  final int hashWith(Object... attributes) {
    return 31 * Objects.hash(id, name, description) + Arrays.hashCode(attributes);
  }

  /** {@code Type[id, name=...}: the start of every element's {@code toString()}. */
  final StringBuilder describe(String type) {
    return new StringBuilder(type).append('[').append(id).append(", name=").append(name);
  }

  /** Applies {@code spec} to a new child builder and returns it: the nested-builder pattern. */
  static <T> T configured(T builder, Consumer<? super T> spec) {
    spec.accept(builder);
    return builder;
  }

  /**
   * The builder base: id, name and description, and validation that reports every problem at
   * once.
   *
   * @param <B> the concrete builder
   */
  abstract static class Builder<B extends Builder<B>> {
    final String id;
    String name;
    String description = "";

    Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** A builder holding {@code e}'s shared attributes, for {@code toBuilder()}. */
    Builder(Element e) {
      this(e.id);
      this.name = e.name;
      this.description = e.description;
    }

    abstract B self();

    /** "indicator", "objective" or "scorecard", for messages. */
    abstract String kind();

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public B name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return self();
    }

    /**
     * Sets the description.
     *
     * @param description what the element means or measures
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public B description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return self();
    }

    String id() {
      return id;
    }

    /** Reports every problem of the element on its own (its id first) into {@code p}. */
    final void check(Problems p) {
      p.id(kind(), id);
      checkAttributes(p);
    }

    /** Reports the problems of the element's own attributes and children into {@code p}. */
    abstract void checkAttributes(Problems p);

    /** What a standalone {@code build()} checks: the element, and whatever it owns. */
    void checkStandalone(Problems p) {
      check(p);
    }

    /** Throws one exception listing every problem of a standalone build, if there is any. */
    final void validate() {
      Problems p = new Problems();
      checkStandalone(p);
      p.throwIfAny(kind(), id);
    }
  }
}

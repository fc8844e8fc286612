package io.github.bsc4j.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Java serialisation for tests: writing, reading, round trips, and streams made or patched by
 * hand to prove that what reads them refuses what a real writer never produces.
 */
public final class Serialisation {
  private Serialisation() {}

  /** The bytes Java serialisation writes for {@code value}. */
  public static byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads one object back; exceptions of the stream and of the classes read pass through. */
  public static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** Writes and reads {@code value}, as shipping it to another JVM would. */
  @SuppressWarnings("unchecked")
  public static <T> T roundTrip(T value) {
    try {
      return (T) read(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A stream that claims an object of {@code className} (serialVersionUID 1) with no superclass
   * data and the given object fields, each of them null: what no writer of a proxied class ever
   * produces, so its reader must refuse it.
   *
   * @param className the class the stream claims
   * @param objectFields pairs of field name and JVM type signature, e.g. {@code "firstMonth",
   *     "Ljava/time/Month;"}
   */
  public static byte[] claiming(String className, String... objectFields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(bytes)) {
      d.writeShort(0xACED); // STREAM_MAGIC
      d.writeShort(5); // STREAM_VERSION
      d.writeByte(0x73); // TC_OBJECT
      d.writeByte(0x72); // TC_CLASSDESC
      d.writeUTF(className);
      d.writeLong(1L);
      d.writeByte(0x02); // SC_SERIALIZABLE
      d.writeShort(objectFields.length / 2);
      for (int k = 0; k < objectFields.length; k += 2) {
        d.writeByte('L');
        d.writeUTF(objectFields[k]);
        d.writeByte(0x74); // TC_STRING
        d.writeUTF(objectFields[k + 1]);
      }
      d.writeByte(0x78); // TC_ENDBLOCKDATA
      d.writeByte(0x70); // TC_NULL: no superclass description
      for (int k = 0; k < objectFields.length; k += 2) {
        d.writeByte(0x70); // TC_NULL: the field's value
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * {@code bytes} with the one occurrence of {@code from}'s eight big-endian bytes replaced by
   * {@code to}'s: a primitive double field of a stream, tampered with.
   *
   * @throws AssertionError unless {@code from} occurs exactly once
   */
  public static byte[] patchDouble(byte[] bytes, double from, double to) {
    return patch(bytes, ByteBuffer.allocate(8).putDouble(from).array(),
        ByteBuffer.allocate(8).putDouble(to).array());
  }

  /**
   * {@code bytes} with the one occurrence of {@code from} replaced by {@code to}, of the same
   * length.
   *
   * @throws AssertionError unless {@code from} occurs exactly once
   */
  public static byte[] patch(byte[] bytes, byte[] from, byte[] to) {
    if (from.length != to.length) {
      throw new AssertionError("a patch keeps the length");
    }
    int at = -1;
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        if (at >= 0) {
          throw new AssertionError("the pattern occurs more than once in the stream");
        }
        at = i;
      }
    }
    if (at < 0) {
      throw new AssertionError("the pattern does not occur in the stream");
    }
    byte[] patched = bytes.clone();
    System.arraycopy(to, 0, patched, at, to.length);
    return patched;
  }
}

package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UserTextTest {

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "Revenue (EUR) – ünïcödé \\ \"quoted\" 😀";
    assertSame(text, UserText.escape(text));
    assertSame(text, UserText.quote(text));
  }

  @Test
  void lineBreaksTabsAndOtherControlsAreEscaped() {
    assertEquals("a\\nb\\rc\\td", UserText.escape("a\nb\rc\td"));
    assertEquals("\\u0000\\u001B[31m\\u007F", UserText.escape("\u0000\u001b[31m\u007f"));
    assertEquals("x\\u2028y\\u2029z", UserText.escape("x\u2028y\u2029z"));
    assertEquals("\\u0085", UserText.escape("\u0085"), "NEL is a C1 control");
  }

  @Test
  void bidirectionalOverridesAreEscaped() {
    assertEquals("abc\\u202Egnp.exe", UserText.escape("abc\u202egnp.exe"));
    assertEquals("\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069",
        UserText.escape("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"));
    assertEquals("\u2065\u206a", UserText.escape("\u2065\u206a"), "neighbours are left alone");
  }

  @Test
  void longTextIsCutAtTwoHundredCharactersWithTheCountLeftOut() {
    String id = "x".repeat(1_000_000);
    String q = UserText.quote(id);
    assertEquals("x".repeat(200) + "…(+999800 chars)", q);
    assertEquals("y".repeat(200), UserText.quote("y".repeat(200)), "200 is kept whole");
    assertEquals("y".repeat(200) + "…(+1 chars)", UserText.quote("y".repeat(201)));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(199) + "😀" + "b";
    assertEquals("a".repeat(199) + "…(+3 chars)", UserText.quote(text));
  }

  @Test
  void theCutTextIsEscapedToo() {
    assertEquals("\\n".repeat(200) + "…(+10 chars)", UserText.quote("\n".repeat(210)));
  }

  @Test
  void nullsAreRejectedByName() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> UserText.escape(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> UserText.quote(null)).getMessage());
  }

  @Property(tries = 500)
  void escapedTextIsOneLineWithoutControls(@ForAll String text) {
    String e = UserText.escape(text);
    assertFalse(e.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029),
        e);
    assertTrue(UserText.quote(text).length() <= 6 * UserText.MAX_QUOTED + 30);
  }
}

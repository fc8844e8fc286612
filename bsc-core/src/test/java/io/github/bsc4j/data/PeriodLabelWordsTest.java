package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.internal.PeriodWords;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collections;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Labels in other locales and with an application's words. */
class PeriodLabelWordsTest {
  static final FiscalCalendar CAL = FiscalCalendar.CALENDAR;
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);
  static final FiscalCalendar FEBRUARY = FiscalCalendar.startingIn(Month.FEBRUARY);

  /** Every key of the defaults, in German: no English word is left. */
  static final class German extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"period.month", "{0} {1}"},
        {"period.quarter", "{0}. Quartal {1}"},
        {"period.half", "{0}. Halbjahr {1}"},
        {"period.year", "Jahr {0}"},
        {"period.yearToDate", "Jahr bis {0} {1}"},
        {"period.halfToDate", "Halbjahr bis {0} {1}"},
        {"period.quarterToDate", "Quartal bis {0} {1}"},
        {"period.fiscalYear", "GJ {0}"},
        {"period.fiscalQuarter", "GJ {0}, {1}. Quartal"},
        {"period.fiscalHalf", "GJ {0}, {1}. Halbjahr"},
        {"period.fiscalYearToDate", "GJ {0} bis {1} {2}"},
        {"period.fiscalHalfToDate", "GJ {0}, Halbjahr bis {1} {2}"},
        {"period.fiscalQuarterToDate", "GJ {0}, Quartal bis {1} {2}"},
        {"period.range.monthsInYear", "{0} bis {1} {2}"},
        {"period.range.months", "{0} {1} bis {2} {3}"},
        {"period.day", "{0}. {1} {2}"},
        {"period.range.daysInMonth", "{0}. bis {1}. {2} {3}"},
        {"period.range.daysInYear", "{0}. {1} bis {2}. {3} {4}"},
        {"period.range.days", "{0}. {1} {2} bis {3}. {4} {5}"},
        {"period.otherQuarter", "Quartal {0}"},
        {"period.otherHalf", "Halbjahr {0}"},
        {"period.otherYear", "Jahr {0}"},
        {"period.otherYearToDate", "Jahr ab {1} bis {0}"},
        {"period.otherHalfToDate", "Halbjahr ab {1} bis {0}"},
        {"period.otherQuarterToDate", "Quartal ab {1} bis {0}"},
      };
    }
  }

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  /** A calendar, a period, its English label and its German one; one row per key. */
  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of(CAL, Period.month(2026, 3), "Mar 2026", "März 2026"),
        Arguments.of(CAL, Period.quarter(2026, 1), "Q1 2026", "1. Quartal 2026"),
        Arguments.of(CAL, Period.half(2026, 2), "H2 2026", "2. Halbjahr 2026"),
        Arguments.of(CAL, Period.year(2026), "2026", "Jahr 2026"),
        Arguments.of(CAL, Period.yearToDate(2026, 3), "YTD Mar 2026", "Jahr bis März 2026"),
        Arguments.of(CAL, Period.halfToDate(2026, 5), "HTD May 2026", "Halbjahr bis Mai 2026"),
        Arguments.of(CAL, Period.quarterToDate(2026, 5), "QTD May 2026",
            "Quartal bis Mai 2026"),
        Arguments.of(APRIL, APRIL.year(2027), "FY2027", "GJ 2027"),
        Arguments.of(APRIL, APRIL.quarter(2027, 1), "FY2027 Q1", "GJ 2027, 1. Quartal"),
        Arguments.of(APRIL, APRIL.half(2027, 2), "FY2027 H2", "GJ 2027, 2. Halbjahr"),
        Arguments.of(APRIL, APRIL.yearToDate(ym(2026, 6)), "FY2027 YTD Jun 2026",
            "GJ 2027 bis Juni 2026"),
        Arguments.of(APRIL, APRIL.halfToDate(ym(2026, 11)), "FY2027 HTD Nov 2026",
            "GJ 2027, Halbjahr bis Nov. 2026"),
        Arguments.of(APRIL, APRIL.quarterToDate(ym(2026, 5)), "FY2027 QTD May 2026",
            "GJ 2027, Quartal bis Mai 2026"),
        Arguments.of(CAL, Period.months(ym(2026, 1), ym(2026, 5)), "Jan–May 2026",
            "Jan. bis Mai 2026"),
        Arguments.of(CAL, Period.months(ym(2025, 11), ym(2026, 2)), "Nov 2025 – Feb 2026",
            "Nov. 2025 bis Feb. 2026"),
        Arguments.of(CAL, Period.days(d("2026-01-15"), d("2026-01-15")), "15 Jan 2026",
            "15. Jan. 2026"),
        Arguments.of(CAL, Period.days(d("2026-01-15"), d("2026-01-20")), "15–20 Jan 2026",
            "15. bis 20. Jan. 2026"),
        Arguments.of(CAL, Period.days(d("2026-01-15"), d("2026-02-14")), "15 Jan – 14 Feb 2026",
            "15. Jan. bis 14. Feb. 2026"),
        Arguments.of(CAL, Period.days(d("2025-12-15"), d("2026-01-14")),
            "15 Dec 2025 – 14 Jan 2026", "15. Dez. 2025 bis 14. Jan. 2026"),
        Arguments.of(CAL, FEBRUARY.quarter(2027, 1), "Quarter Feb–Apr 2026",
            "Quartal Feb. bis Apr. 2026"),
        Arguments.of(CAL, APRIL.half(2027, 2), "Half Oct 2026 – Mar 2027",
            "Halbjahr Okt. 2026 bis März 2027"),
        Arguments.of(CAL, APRIL.year(2027), "Year Apr 2026 – Mar 2027",
            "Jahr Apr. 2026 bis März 2027"),
        Arguments.of(CAL, APRIL.yearToDate(ym(2026, 6)), "YTD Jun 2026 (year from Apr 2026)",
            "Jahr ab Apr. 2026 bis Juni 2026"),
        Arguments.of(CAL, APRIL.halfToDate(ym(2026, 11)), "HTD Nov 2026 (half from Oct 2026)",
            "Halbjahr ab Okt. 2026 bis Nov. 2026"),
        Arguments.of(CAL, FEBRUARY.quarterToDate(ym(2026, 3)),
            "QTD Mar 2026 (quarter from Feb 2026)", "Quartal ab Feb. 2026 bis März 2026"));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void aSecondBundleReplacesEveryWordOfEveryLabelKind(FiscalCalendar c, Period period,
      String english, String german) {
    assertEquals(english, c.label(period));
    assertEquals(english, c.label(period, Locale.ENGLISH, new PeriodWords()));
    assertEquals(german, c.label(period, Locale.GERMAN, new German()));
  }

  @Test
  void theRowsAboveUseEveryKeyAndTheGermanBundleHasEveryKey() {
    assertEquals(new TreeSet<>(PeriodWords.instance().keySet()),
        new TreeSet<>(new German().keySet()));
    // Each row above uses one key: as many rows as keys, and no two rows share a key (the
    // English labels differ in shape), so every key's German pattern is checked.
    assertEquals(PeriodWords.instance().keySet().size(), labels().count());
  }

  @Test
  void monthNamesComeFromTheLocaleAndPatternsFromTheDefaults() {
    assertEquals("März 2026", CAL.label(Period.month(2026, 3), Locale.GERMAN));
    assertEquals("YTD mars 2026", CAL.label(Period.yearToDate(2026, 3), Locale.FRENCH));
    assertEquals("FY2027 YTD juin 2026", APRIL.label(APRIL.yearToDate(ym(2026, 6)),
        Locale.FRENCH));
  }

  @Test
  void aBundleWithSomeKeysKeepsTheDefaultsForTheOthers() {
    ResourceBundle some = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"period.yearToDate", "Year to date through {0} {1}"}};
      }
    };
    assertEquals("Year to date through Mar 2026",
        CAL.label(Period.yearToDate(2026, 3), Locale.ENGLISH, some));
    assertEquals("Q1 2026", CAL.label(Period.quarter(2026, 1), Locale.ENGLISH, some));
    ResourceBundle none = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[0][];
      }
    };
    assertEquals(Collections.emptySet(), Set.copyOf(none.keySet()));
    assertEquals("FY2027 Q1", APRIL.label(APRIL.quarter(2027, 1), Locale.ENGLISH, none));
    assertThrows(NullPointerException.class,
        () -> CAL.label(Period.year(2026), Locale.ENGLISH, null));
  }
}

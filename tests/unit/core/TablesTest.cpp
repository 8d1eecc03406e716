//===- TablesTest.cpp - Invariants of core's domain tables ----------------===//
//
// The tables of core/include/tenor/core/*.def are the only copy of each
// domain fact; these tests check what their lookups and users assume:
// unique names, sizes in increasing order, currencies sorted by code with
// 0 to 4 minor digits, names and spellings of each enum's rows unique.
//
//===----------------------------------------------------------------------===//

#include "tenor/core/Conditions.h"
#include "tenor/core/Currencies.h"
#include "tenor/core/RemedyKinds.h"
#include "tenor/core/TierKinds.h"
#include "tenor/core/Units.h"
#include "tenor/core/Weekdays.h"
#include "tenor/core/WindowUnits.h"

#include <gtest/gtest.h>

#include <set>
#include <span>
#include <string>

using namespace tenor::core;

namespace {

void expectIncreasingAndUnique(std::span<const UnitInfo> units) {
  std::set<std::string_view> symbols;
  for (size_t i = 0; i < units.size(); ++i) {
    EXPECT_TRUE(symbols.insert(units[i].symbol).second) << units[i].symbol;
    EXPECT_FALSE(units[i].singular.empty());
    EXPECT_FALSE(units[i].plural.empty());
    if (i > 0)
      EXPECT_LT(units[i - 1].size, units[i].size) << units[i].symbol;
  }
}

TEST(UnitsTable, SymbolsAreUniqueAndSizesIncrease) {
  expectIncreasingAndUnique(durationUnits);
  expectIncreasingAndUnique(dataUnits);
  for (const UnitInfo &d : durationUnits)
    EXPECT_FALSE(dataUnitNamed(d.symbol)) << d.symbol << " is both a duration and a data unit";
}

TEST(UnitsTable, DurationsAreWholeMillisecondsWithAnExample) {
  // Contracts spell durations in milliseconds at the finest.
  for (const UnitInfo &u : durationUnits) {
    EXPECT_EQ(u.size % unitInfo(DurationUnit::Milliseconds).size, 0) << u.symbol;
    EXPECT_FALSE(u.example.empty()) << u.symbol;
  }
  EXPECT_EQ(unitInfo(DurationUnit::Seconds).size, 1'000'000);
}

TEST(UnitsTable, LookupsFindEveryRow) {
  for (size_t i = 0; i < std::size(durationUnits); ++i) {
    EXPECT_EQ(durationUnitNamed(durationUnits[i].symbol), DurationUnit(i));
    EXPECT_EQ(durationUnitOfMicros(durationUnits[i].size), DurationUnit(i));
  }
  for (size_t i = 0; i < std::size(dataUnits); ++i)
    EXPECT_EQ(dataUnitNamed(dataUnits[i].symbol), DataUnit(i));
  EXPECT_EQ(durationUnitNamed("w"), DurationUnit::Weeks);
  EXPECT_FALSE(durationUnitNamed("minutes"));
  EXPECT_EQ(unitSymbolList(durationUnits, "or"), "ms, s, min, h, d or w");
}

TEST(UnitsTable, AliasesNameKnownUnitsOnce) {
  std::set<std::string_view> words;
  for (const UnitAlias &a : unitAliases) {
    EXPECT_TRUE(words.insert(a.word).second) << a.word;
    EXPECT_TRUE(durationUnitNamed(a.symbol) || dataUnitNamed(a.symbol)) << a.symbol;
    EXPECT_FALSE(durationUnitNamed(a.word)) << a.word << " is a unit, not an alias";
    for (const UnitInfo &u : durationUnits)
      EXPECT_TRUE(a.word != u.singular && a.word != u.plural) << a.word << " is a unit's word";
  }
  EXPECT_EQ(unitForAlias("minutes"), "min");
  EXPECT_EQ(unitForAlias("hrs"), "h");
  EXPECT_EQ(unitForAlias("parsecs"), "");
}

TEST(CurrenciesTable, SortedUniqueCodesWithZeroToFourDigits) {
  for (size_t i = 0; i < std::size(currencies); ++i) {
    const Currency &c = currencies[i];
    EXPECT_EQ(c.code.size(), 3u);
    for (char ch : c.code)
      EXPECT_TRUE(ch >= 'A' && ch <= 'Z') << c.code;
    EXPECT_LE(c.minorDigits, 4u) << c.code;
    if (i > 0)
      EXPECT_LT(currencies[i - 1].code, c.code) << "not sorted or repeated";
    EXPECT_EQ(currencyNamed(c.code), &c);
  }
}

TEST(CurrenciesTable, MinorDigits) {
  EXPECT_EQ(minorDigitsOf("USD"), 2u);
  EXPECT_EQ(minorDigitsOf("JPY"), 0u);
  EXPECT_EQ(minorDigitsOf("KWD"), 3u);
  EXPECT_EQ(minorDigitsOf("CLF"), 4u);
  EXPECT_EQ(minorDigitsOf("UYW"), 4u);
  EXPECT_EQ(minorDigitsOf(""), 2u);
  EXPECT_EQ(currencyNamed("XYZ"), nullptr);
  EXPECT_EQ(currencyNamed("usd"), nullptr);
}

TEST(TierKindsTable, SpellingsAndNamesAreUnique) {
  std::set<std::string> spellings, names;
  for (const TierKindInfo &k : tierKinds) {
    EXPECT_TRUE(spellings.insert(k.spelling).second) << k.spelling;
    EXPECT_TRUE(names.insert(k.name).second) << k.name;
  }
  EXPECT_STREQ(tierKindInfo(TierKind::AtLeast).spelling, "at least");
  EXPECT_STREQ(tierKindInfo(TierKind::AtMost).name, "AtMost");
  EXPECT_TRUE(tierKindInfo(TierKind::Below).goesDown);
  EXPECT_TRUE(tierKindInfo(TierKind::AtLeast).inclusive);
}

TEST(WindowUnitsTable, EachUnitIsDaysOrMonthsInIncreasingLength) {
  std::set<std::string> words;
  for (size_t i = 0; i < std::size(windowUnits); ++i) {
    const WindowUnitInfo &u = windowUnits[i];
    EXPECT_TRUE((u.days > 0) != (u.months > 0)) << u.singular;
    EXPECT_TRUE(words.insert(u.singular).second && words.insert(u.plural).second) << u.singular;
    EXPECT_EQ(windowUnitNamed(u.singular), WindowUnit(i));
    EXPECT_EQ(windowUnitNamed(u.plural), WindowUnit(i));
    // Doc and the runtime treat the units up to Week as day-based.
    EXPECT_EQ(u.days > 0, WindowUnit(i) <= WindowUnit::Week) << u.singular;
  }
  EXPECT_STREQ(windowUnitInfo(WindowUnit::Quarter).name, "Quarter");
  EXPECT_EQ(windowUnitInfo(WindowUnit::Quarter).months, 3);
}

TEST(RemedyKindsTable, NamesAndBothSpellingsAreUnique) {
  std::set<std::string> words, names;
  for (const RemedyKindInfo &k : remedyKinds) {
    EXPECT_TRUE(words.insert(k.singular).second && words.insert(k.plural).second) << k.singular;
    EXPECT_TRUE(names.insert(k.name).second) << k.name;
  }
  EXPECT_STREQ(remedyKindInfo(RemedyKind::Penalty).name, "Penalty");
  EXPECT_STREQ(remedyKindInfo(RemedyKind::Penalty).plural, "penalties");
  EXPECT_STREQ(remedyKindInfo(RemedyKind::Bonus).singular, "bonus");
}

void expectUniqueParts(std::span<const ConditionPartInfo> parts) {
  std::set<std::string> spellings, names;
  for (const ConditionPartInfo &p : parts) {
    EXPECT_TRUE(spellings.insert(p.spelling).second) << p.spelling;
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
  }
}

TEST(ConditionsTable, SubjectsAndFormsAreUnique) {
  expectUniqueParts(conditionSubjects);
  expectUniqueParts(conditionForms);
  EXPECT_STREQ(conditionSubjectInfo(ConditionSubject::AllObjectives).spelling, "all-objectives");
  EXPECT_STREQ(conditionFormInfo(ConditionForm::OfLast).name, "OfLast");
}

TEST(WeekdaysTable, SevenUniqueDaysFromMonday) {
  // The IR numbers a calendar's days by these rows, and rt::weekdayOfDays
  // takes 1970-01-01, a Thursday, as row 3.
  ASSERT_EQ(std::size(weekdays), 7u);
  std::set<std::string> spellings, names;
  for (size_t i = 0; i < std::size(weekdays); ++i) {
    EXPECT_TRUE(spellings.insert(weekdays[i].spelling).second) << weekdays[i].spelling;
    EXPECT_TRUE(names.insert(weekdays[i].name).second) << weekdays[i].name;
    EXPECT_EQ(weekdayNamed(weekdays[i].spelling), Weekday(i));
  }
  EXPECT_FALSE(weekdayNamed("Monday"));
  EXPECT_STREQ(weekdayInfo(Weekday::Monday).spelling, "monday");
  EXPECT_STREQ(weekdayInfo(Weekday::Sunday).name, "Sunday");
  EXPECT_EQ(static_cast<int>(Weekday::Thursday), 3);
}

} // namespace

package dk.dfdgrules.rules.jobsearch;

import static dk.dfdgrules.rules.jobsearch.DuplicateJobTitles.DUP_1;
import static dk.dfdgrules.rules.jobsearch.DuplicateJobTitles.DUP_2;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Severity;
import dk.dfdgrules.core.rule.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples and boundaries of DUP-1 and DUP-2. The laws (order, case and blanks,
 * distinct titles) are generated properties in {@link DuplicateJobTitlesPropertiesTest}.
 */
class DuplicateJobTitlesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate FIXED = DuplicateJobTitles.FIXED;

  @Test
  void DUP1_aTitleGivenTwiceOnRegistrationIsAViolationNamingTheTitle() {
    JobTitleCheck c =
        DuplicateJobTitles.validateRegistration(List.of("Lagerarbejder", "Truckfører", "Lagerarbejder"), AT);
    assertThat(c.accepted()).isFalse();
    assertThat(c.result().outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(c.duplicatedInRegistration()).containsExactly("Lagerarbejder");
    Violation v = c.result().errors().get(0);
    assertThat(v.ruleId()).isEqualTo(DUP_1);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo("registration[2]");
    assertThat(v.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §1.3");
    assertThat(v.text(Messages.DANISH)).contains("'Lagerarbejder'", "2 gange", "nr. 1, 3");
    assertThat(v.text(Messages.ENGLISH)).contains("'Lagerarbejder'", "2 times", "only once");
  }

  @Test
  void DUP1_theDayBeforeTheFixDuplicatesWereNotChecked() {
    JobTitleCheck c = DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok"), FIXED.minusDays(1));
    assertThat(c.accepted()).isTrue();
    assertThat(c.result().outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(c.result().result(DUP_1).orElseThrow().version().orElseThrow().label())
        .isEqualTo("before 2021-12-06");
  }

  @Test
  void DUP1_theDayOfTheFixDuplicatesAreRejected() {
    assertThat(DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok"), FIXED).accepted()).isFalse();
  }

  @Test
  void DUP2_duplicatesInRequirementsAndGoalsAreEachReported() {
    JobTitleCheck c =
        DuplicateJobTitles.validateRequirementsAndGoals(
            List.of("Butiksassistent", "Butiksassistent"), List.of("Kok", "Tjener", "Kok", "Tjener"), AT);
    assertThat(c.duplicatedInJobSearchRequirements()).containsExactly("Butiksassistent");
    assertThat(c.duplicatedInJobGoals()).containsExactly("Kok", "Tjener");
    assertThat(c.result().errors())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DUP_2, "jobSearchRequirements[1]"),
            org.assertj.core.groups.Tuple.tuple(DUP_2, "jobGoals[2]"),
            org.assertj.core.groups.Tuple.tuple(DUP_2, "jobGoals[3]"));
    assertThat(c.result().errors().get(0).citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.7");
  }

  @Test
  void DUP2_theSameTitleInARequirementAndAGoalIsAllowed() {
    JobTitleCheck c = DuplicateJobTitles.validateRequirementsAndGoals(List.of("Kok"), List.of("Kok"), AT);
    assertThat(c.accepted()).isTrue();
  }

  @Test
  void DUP2_theDayBeforeTheFixDuplicatesWereNotChecked() {
    JobTitleCheck c =
        DuplicateJobTitles.validateRequirementsAndGoals(List.of("Kok", "Kok"), List.of(), FIXED.minusDays(1));
    assertThat(c.accepted()).isTrue();
    assertThat(DuplicateJobTitles.validateRequirementsAndGoals(List.of("Kok", "Kok"), List.of(), FIXED).accepted())
        .isFalse();
  }

  @Test
  void interpretation_titlesCompareIgnoringCaseAndSurroundingSpace() {
    JobTitleCheck c = DuplicateJobTitles.validateRegistration(List.of("Lager arbejder", " lager  ARBEJDER "), AT);
    assertThat(c.duplicatedInRegistration()).containsExactly("Lager arbejder");
    assertThat(DuplicateJobTitles.validateRegistration(List.of("Lagerarbejder", "Lager arbejder"), AT).accepted())
        .isTrue();
  }

  @Test
  void aTitleThreeTimesIsOneViolationCountingThree() {
    JobTitleCheck c = DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok", "Kok"), AT);
    assertThat(c.result().errors()).singleElement().satisfies(v -> assertThat(v.text(Messages.ENGLISH)).contains("3 times"));
  }

  @Test
  void emptyListsAreAccepted() {
    assertThat(DuplicateJobTitles.validate(new JobTitleFacts(null, null, null), AT).accepted()).isTrue();
  }
}

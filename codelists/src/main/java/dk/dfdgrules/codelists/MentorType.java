package dk.dfdgrules.codelists;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Mentortype — the type of a mentor intervention (mentorindsats).
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.5. Type 6 'Personlig jobformidler' is new from 2021-12-06.
 */
public enum MentorType implements NumberedCode {
  /** 1 — "Mentor, individuel". */
  MENTOR_INDIVIDUAL(1, "Mentor, individuel", null),
  /** 2 — "Mentor, plads". */
  MENTOR_PLACE(2, "Mentor, plads", null),
  /** 3 — "Udskrivningskoordinator, individuel". */
  DISCHARGE_COORDINATOR_INDIVIDUAL(3, "Udskrivningskoordinator, individuel", null),
  /** 4 — "Udskrivningskoordinator, plads". */
  DISCHARGE_COORDINATOR_PLACE(4, "Udskrivningskoordinator, plads", null),
  /** 5 — "Udslusningskoordinator" (from the Prison and Probation Service). */
  RELEASE_COORDINATOR(5, "Udslusningskoordinator", null),
  /** 6 — "Personlig jobformidler", in force from 2021-12-06 (§ 113 a LAB). */
  PERSONAL_JOB_BROKER(6, "Personlig jobformidler", LocalDate.of(2021, 12, 6));

  private final int id;
  private final String officialName;
  private final LocalDate validFrom;

  MentorType(int id, String officialName, LocalDate validFrom) {
    this.id = id;
    this.officialName = officialName;
    this.validFrom = validFrom;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The first day this type may be used, where the source gives one.
   *
   * @return the date, or empty when valid since before the sources
   */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * The mentor type with this id, if there is one.
   *
   * @param id any int
   * @return the type, or empty
   */
  public static Optional<MentorType> find(int id) {
    return Arrays.stream(values()).filter(t -> t.id == id).findFirst();
  }
}

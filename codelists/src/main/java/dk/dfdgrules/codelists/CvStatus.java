package dk.dfdgrules.codelists;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * CV-status — the approval status of a citizen's CV.
 *
 * <p>Source: DFDG-RN-2021-12-06 §4.1, §4.2. 'CV påbegyndt' (started) has no id in the source.
 */
public enum CvStatus implements OfficialCode {
  /** 1 — "Klar til godkendelse". */
  READY_FOR_APPROVAL("1", "Klar til godkendelse"),
  /** 2 — "CV godkendt". */
  APPROVED("2", "CV godkendt"),
  /** 3 — "CV ej godkendt". */
  NOT_APPROVED("3", "CV ej godkendt"),
  /** 5 — "CV'et er ikke længere fyldestgørende". */
  NO_LONGER_ADEQUATE("5", "CV'et er ikke længere fyldestgørende"),
  /** No id in the source — "CV påbegyndt". */
  STARTED(null, "CV påbegyndt");

  private final @Nullable String code;
  private final String officialName;

  CvStatus(@Nullable String code, String officialName) {
    this.code = code;
    this.officialName = officialName;
  }

  @Override
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @Override
  public String officialName() {
    return officialName;
  }

  /**
   * The status with this official id, if there is one.
   *
   * @param id an id such as {@code "2"}
   * @return the status, or empty
   */
  public static Optional<CvStatus> findByCode(String id) {
    return Arrays.stream(values()).filter(s -> id.equals(s.code)).findFirst();
  }
}

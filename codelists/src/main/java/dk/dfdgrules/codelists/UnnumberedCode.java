package dk.dfdgrules.codelists;

import java.util.Optional;

/**
 * An {@link OfficialCode} whose source gives it no id, only a name (plan types, activity statuses,
 * the DREAM benefit groups …): {@link #code()} is always empty.
 */
public interface UnnumberedCode extends OfficialCode {

  /**
   * The source gives no id.
   *
   * @return always empty
   */
  @Override
  default Optional<String> code() {
    return Optional.empty();
  }
}

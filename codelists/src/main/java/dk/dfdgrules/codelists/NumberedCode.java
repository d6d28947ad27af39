package dk.dfdgrules.codelists;

import java.util.Optional;

/** An {@link OfficialCode} whose source gives it a numeric id. */
public interface NumberedCode extends OfficialCode {

  /**
   * The official numeric id.
   *
   * @return the id, positive
   */
  int id();

  @Override
  default Optional<String> code() {
    return Optional.of(Integer.toString(id()));
  }
}

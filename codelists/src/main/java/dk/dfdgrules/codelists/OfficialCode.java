package dk.dfdgrules.codelists;

import java.util.Optional;

/**
 * A value of an official code list that is closed enough to be an {@code enum} in this library
 * (support needs, plan types, close reasons …). Every such enum is also served as a {@link
 * CodeList} through {@link CodeLists}, so callers see one uniform API.
 *
 * <p>The {@linkplain #officialName() official name} is the Danish name exactly as the source
 * publishes it; it is a display name, never translated.
 */
public interface OfficialCode {

  /**
   * The official id of the value, as the source gives it ({@code "5"} for close reason 'Alder'),
   * or empty where the source gives the value no id (plan types, 'CV påbegyndt').
   *
   * @return the id, never null
   */
  Optional<String> code();

  /**
   * The official Danish name, as published.
   *
   * @return the name, never null or blank
   */
  String officialName();
}

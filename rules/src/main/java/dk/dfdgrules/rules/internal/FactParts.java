package dk.dfdgrules.rules.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the constructors of the areas' facts records do with a part that is left out — null, from
 * JSON or from a caller: an optional part is absent, a list is empty.
 */
public final class FactParts {

  private FactParts() {}

  /**
   * An optional part, absent when left out.
   *
   * @param part the part, or null
   * @param <T> the part's type
   * @return the part, or empty when null
   */
  public static <T> Optional<T> orEmpty(@Nullable Optional<T> part) {
    return part == null ? Optional.empty() : part;
  }

  /**
   * A list part, copied; empty when left out.
   *
   * @param part the list, or null
   * @param <T> the elements' type
   * @return an unmodifiable copy, or an empty list when null
   * @throws NullPointerException if an element is null
   */
  public static <T> List<T> copyOrEmpty(@Nullable List<T> part) {
    return part == null ? List.of() : List.copyOf(part);
  }
}

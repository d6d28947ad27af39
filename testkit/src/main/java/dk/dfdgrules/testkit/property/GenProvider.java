package dk.dfdgrules.testkit.property;

import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Supplies generators by type, for parameters of {@code @Property} methods that name no generator.
 * Implementations are found with {@link java.util.ServiceLoader}: list them in {@code
 * META-INF/services/dk.dfdgrules.testkit.property.GenProvider}. The testkit registers one for the
 * whole domain model of {@code core} and every code-list enum.
 */
public interface GenProvider {

  /**
   * A generator for a type, if this provider knows one.
   *
   * @param type the type asked for, possibly parameterized ({@code List<SupportNeed>})
   * @param registry the registry, to ask for the generators of type arguments
   * @return the generator, or empty
   */
  Optional<Gen<?>> forType(Type type, GenRegistry registry);
}

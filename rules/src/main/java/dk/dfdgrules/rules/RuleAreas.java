package dk.dfdgrules.rules;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** Every {@link RuleArea} on the class path, found through {@link ServiceLoader}. */
public final class RuleAreas {

  private static final Supplier<ImmutableMap<String, RuleArea<?>>> AREAS =
      Suppliers.memoize(RuleAreas::load);

  private RuleAreas() {}

  @SuppressWarnings("rawtypes")
  private static ImmutableMap<String, RuleArea<?>> load() {
    ImmutableMap.Builder<String, RuleArea<?>> b = ImmutableMap.builder();
    ServiceLoader<RuleArea> loader =
        ServiceLoader.load(RuleArea.class, RuleAreas.class.getClassLoader());
    loader.stream()
        .map(p -> (RuleArea<?>) p.get())
        .sorted(Comparator.comparing(RuleArea::name))
        .forEach(a -> b.put(a.name(), a));
    return b.buildOrThrow();
  }

  /**
   * Every area, by name.
   *
   * @return the areas, sorted by name
   */
  public static List<RuleArea<?>> all() {
    return AREAS.get().values().asList();
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area, or empty
   */
  public static Optional<RuleArea<?>> find(String name) {
    return Optional.ofNullable(AREAS.get().get(name));
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area
   * @throws IllegalArgumentException naming the known areas, if there is none of that name
   */
  public static RuleArea<?> get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no rule area '" + name + "'; known areas: " + AREAS.get().keySet()));
  }
}

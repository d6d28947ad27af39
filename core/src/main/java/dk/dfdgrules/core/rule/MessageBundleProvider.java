package dk.dfdgrules.core.rule;

import java.util.List;

/**
 * A module's message bundles, found by {@link java.util.ServiceLoader}: register an
 * implementation in {@code META-INF/services/dk.dfdgrules.core.rule.MessageBundleProvider}.
 *
 * <p>Each base name is a {@link java.util.ResourceBundle} of {@code .properties} files: the base
 * file is Danish (the library's default language) and {@code _en} is English. Both must hold the
 * same keys.
 */
public interface MessageBundleProvider {

  /**
   * The base names of the bundles, e.g. {@code dk.dfdgrules.core.rule.messages}.
   *
   * @return the base names
   */
  List<String> baseNames();
}

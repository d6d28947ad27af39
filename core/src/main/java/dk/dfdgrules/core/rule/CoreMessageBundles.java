package dk.dfdgrules.core.rule;

import java.util.List;

/** The core module's own message bundle. */
public final class CoreMessageBundles implements MessageBundleProvider {

  /** The base name of the framework's messages. */
  public static final String BASE_NAME = "dk.dfdgrules.core.rule.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CoreMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}

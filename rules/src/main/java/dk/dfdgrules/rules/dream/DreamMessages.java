package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The DREAM rules' message bundle (Danish default, English), found by {@link java.util.ServiceLoader}. */
public final class DreamMessages implements MessageBundleProvider {

  /** The base name of the DREAM messages. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.dream.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public DreamMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}

package dk.dfdgrules.rules.retention;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of the retention rules (RET) (Danish base file, English {@code _en}). */
public final class RetentionMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.retention.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public RetentionMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}

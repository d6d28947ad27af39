package dk.dfdgrules.rules.unemploymentfund;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of the a-kasse membership recall rule (AK) (Danish base file, English {@code _en}). */
public final class UnemploymentFundMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.unemploymentfund.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public UnemploymentFundMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}

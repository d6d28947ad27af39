package dk.dfdgrules.rules.contactperson;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of the contact-person rules (Danish base file, English {@code _en}). */
public final class ContactPersonMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.contactperson.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ContactPersonMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}

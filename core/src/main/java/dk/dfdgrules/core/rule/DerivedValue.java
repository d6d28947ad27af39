package dk.dfdgrules.core.rule;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * A value a rule derived — a new end date, a close decision, a deletion date — with the value it
 * replaces, the rule (item) that decided and the reason.
 *
 * @param path what the value is, e.g. {@code contactPersons[0].end} or {@code subscription.close}
 * @param previous the value before, as text (ISO dates, ids), if there was one
 * @param value the derived value as text, or empty when the derivation removes or leaves out a
 *     value
 * @param decidedBy the rule or rule item that decided
 * @param reason why, as a message
 */
public record DerivedValue(
    String path,
    Optional<String> previous,
    Optional<String> value,
    RuleId decidedBy,
    Message reason) {

  /**
   * A derived value without a previous one.
   *
   * @param path what the value is
   * @param value the value
   * @param decidedBy the deciding rule
   * @param reason why
   * @return the derived value
   */
  public static DerivedValue of(String path, Object value, RuleId decidedBy, Message reason) {
    return new DerivedValue(
        path, Optional.empty(), Optional.of(Message.text(value)), decidedBy, reason);
  }

  /**
   * A changed value.
   *
   * @param path what the value is
   * @param previous the value before, or null when there was none
   * @param value the new value, or null when the value is removed
   * @param decidedBy the deciding rule
   * @param reason why
   * @return the derived value
   */
  public static DerivedValue changed(
      String path,
      @org.jspecify.annotations.Nullable Object previous,
      @org.jspecify.annotations.Nullable Object value,
      RuleId decidedBy,
      Message reason) {
    return new DerivedValue(
        path,
        Optional.ofNullable(previous).map(Message::text),
        Optional.ofNullable(value).map(Message::text),
        decidedBy,
        reason);
  }

  /**
   * Tells whether the value differs from the previous one.
   *
   * @return true if changed
   */
  @JsonIgnore
  public boolean isChange() {
    return !previous.equals(value);
  }
}

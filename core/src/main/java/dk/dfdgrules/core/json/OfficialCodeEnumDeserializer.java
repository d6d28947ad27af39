package dk.dfdgrules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dk.dfdgrules.codelists.NumberedCode;
import dk.dfdgrules.codelists.OfficialCode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Reads a code-list enum from what a caseworker would write: its official id ({@code 2} or {@code
 * "2"} for step 2 — never the enum's ordinal), its constant name ({@code STEP_2}) or its official
 * Danish name ({@code "Aftale om opfølgning"}, case-insensitive).
 */
final class OfficialCodeEnumDeserializer<E extends Enum<E> & OfficialCode>
    extends StdDeserializer<E> {

  private static final long serialVersionUID = 1L;

  private final Class<E> type;

  OfficialCodeEnumDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text =
        p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getText() : p.getValueAsString();
    if (text == null) {
      return handle(p, ctxt, p.currentToken() == null ? "" : p.currentToken().toString());
    }
    String t = text.strip();
    for (E e : type.getEnumConstants()) {
      if (e instanceof NumberedCode n && Integer.toString(n.id()).equals(t)) {
        return e;
      }
      if (e.code().map(t::equals).orElse(false)) {
        return e;
      }
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(t)) {
        return e;
      }
    }
    for (E e : type.getEnumConstants()) {
      if (fold(e.officialName()).equals(fold(t))) {
        return e;
      }
    }
    return handle(p, ctxt, t);
  }

  @SuppressWarnings("unchecked")
  private E handle(JsonParser p, DeserializationContext ctxt, String value) throws IOException {
    return (E)
        ctxt.handleWeirdStringValue(
            type,
            value,
            "not a value of %s: give its official id, its name or its constant (%s)",
            type.getSimpleName(),
            java.util.Arrays.toString(type.getEnumConstants()));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}

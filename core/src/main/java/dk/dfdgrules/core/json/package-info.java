/**
 * JSON for every model type and rule result: {@link dk.dfdgrules.core.json.DfdgJson#mapper()}.
 *
 * <p>Optional: this package needs Jackson (jackson-databind and the jdk8, jsr310 and guava
 * datatype modules) on the class path; the rest of the library does not.
 *
 * <p>JSON carries the full CPR number (it must round-trip): treat JSON output as personal data.
 */
@NullMarked
package dk.dfdgrules.core.json;

import org.jspecify.annotations.NullMarked;

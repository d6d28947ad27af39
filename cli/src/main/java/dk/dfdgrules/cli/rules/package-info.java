/** The commands that evaluate rules: {@code dfdg evaluate} and {@code dfdg cases}. */
package dk.dfdgrules.cli.rules;

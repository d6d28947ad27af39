/**
 * What every {@code dfdg} command shares: exit codes, the user-input exception (one line, exit 2,
 * no stack trace) and the command line's Danish/English labels.
 */
package dk.dfdgrules.cli.common;

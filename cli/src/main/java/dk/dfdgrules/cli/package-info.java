/**
 * The {@code dfdg} command line: the only part of the library that touches files, the clock, the
 * terminal and exit codes.
 */
package dk.dfdgrules.cli;

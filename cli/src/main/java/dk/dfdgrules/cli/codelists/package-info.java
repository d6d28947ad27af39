/** The {@code dfdg codelists} command. */
package dk.dfdgrules.cli.codelists;

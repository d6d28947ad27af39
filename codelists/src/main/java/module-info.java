/**
 * The official code lists of DFDG, DREAM and Ydelsesrefusion as versioned data: see {@link
 * dk.dfdgrules.codelists}.
 *
 * <p>The package is open to Guava only: the bundled {@code .tsv} files are read with Guava's
 * {@code Resources.getResource(Class, String)}, which looks them up from Guava's module.
 */
module dk.dfdgrules.codelists {
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports dk.dfdgrules.codelists;

  opens dk.dfdgrules.codelists to com.google.common;
}

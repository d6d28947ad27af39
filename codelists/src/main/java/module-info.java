/**
 * The official code lists of DFDG, DREAM and Ydelsesrefusion as versioned data: see {@link
 * dk.dfdgrules.codelists}.
 *
 * <p>The package is open to Guava only: the bundled {@code .tsv} files are read with Guava's {@code
 * Resources.getResource(Class, String)}, which looks them up from Guava's module.
 *
 * <p>Jackson's annotations (optional) mark how the code enums are read and written in JSON: by
 * their official id ({@link dk.dfdgrules.codelists.OfficialCodes}). The annotation package is the
 * same for Jackson 2 and Jackson 3.
 */
module dk.dfdgrules.codelists {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.fasterxml.jackson.annotation;

  exports dk.dfdgrules.codelists;

  opens dk.dfdgrules.codelists to
      com.google.common;
}

/**
 * The batch jobs over the files analysts get: see {@link dk.dfdgrules.extracts.dream}.
 */
module dk.dfdgrules.extracts {
  requires transitive dk.dfdgrules.rules;
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports dk.dfdgrules.extracts.dream;
}

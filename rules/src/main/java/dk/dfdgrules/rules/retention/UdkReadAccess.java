package dk.dfdgrules.rules.retention;

/** RET-4: whether UDK may read what it asks for in DFDG. */
public enum UdkReadAccess {
  /** DFDG's history of a-kasse membership, or the dates of entry to and exit from efterløn. */
  PERMITTED,
  /** Anything else: RET-4 says nothing about it. */
  NOT_COVERED
}

package dk.dfdgrules.rules.absence;

/** ABS-1: whether the citizen's current a-kasse may read one absence registration. */
public enum HistoryAccess {
  /** Within the type's read-back window. */
  READABLE,
  /** Of a covered type, but outside its read-back window. */
  NOT_READABLE,
  /** Of a type ABS-1 says nothing about. */
  NOT_COVERED
}

package dk.dfdgrules.rules.supportneed;

/** What makes DFDG consider a message to UDB (DFDG-RN-2021-12-06 §3.2). */
public enum UdbEvent {
  /** UDB tells DFDG that the young person has been admitted to an education (UDB-1 … UDB-4). */
  ADMISSION,
  /** The jobcentre changed the registered support needs after the admission (UDB-5). */
  SUPPORT_NEEDS_CHANGED
}

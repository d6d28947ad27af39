package dk.dfdgrules.rules.contactperson;

/**
 * Who moved the citizen to another municipality (DFDG-RN-2021-12-06 §1.1): a move registered in CPR
 * (the citizen changed bopælskommune), or a jobcentre that moved the citizen's jobcentre
 * affiliation itself without waiting for the CPR move.
 */
public enum MoveSource {
  /** A change of residence municipality registered in CPR: triggers end-dating (CP-1). */
  CPR,
  /**
   * The jobcentre moved the affiliation itself ("jobcentret selv flytter jobcentertilknævning uden
   * at afvente CPR flytningen"): triggers no automatic end-dating (CP-1).
   */
  JOBCENTRE
}

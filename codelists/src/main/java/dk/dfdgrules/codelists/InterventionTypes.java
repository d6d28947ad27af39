package dk.dfdgrules.codelists;

/**
 * The ids of the intervention types (indsatstyper) the sources name, as plain ints for rules. The
 * list is <em>partial</em>: other ids are "known id, name not in the sources" (see {@link
 * CodeLists#INTERVENTION_TYPES}).
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.6.
 */
public final class InterventionTypes {

  /** 7 — "Mentor": where a discharge coordinator is registered from 2021-12-06. */
  public static final int MENTOR = 7;

  private InterventionTypes() {}
}

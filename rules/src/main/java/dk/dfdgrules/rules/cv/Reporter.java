package dk.dfdgrules.rules.cv;

/** Who reports a CV approval status to DFDG ({@code JobSearch.CvWorkflowService}). */
public enum Reporter {
  /** The citizen's a-kasse (unemployment fund). */
  UNEMPLOYMENT_FUND,
  /** The jobcentre. */
  JOBCENTRE
}

package dk.dfdgrules.rules.cases;

import java.util.List;

/**
 * A file of cases for one area.
 *
 * @param source where the cases were read from (a file name), for reports
 * @param area the area's name, e.g. {@code support-needs}
 * @param cases the cases
 */
public record CaseFile(String source, String area, List<RuleCase> cases) {}

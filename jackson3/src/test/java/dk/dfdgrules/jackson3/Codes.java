package dk.dfdgrules.jackson3;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.codelists.VisitationCategory;
import java.util.List;

/** An application's own record of code values, as in the fixture {@code codes.json}. */
record Codes(
    Step step,
    List<SupportNeed> supportNeeds,
    PlanType planType,
    CloseReason closeReason,
    CvStatus cvStatus,
    MentorType mentorType,
    VisitationCategory visitationCategory) {}

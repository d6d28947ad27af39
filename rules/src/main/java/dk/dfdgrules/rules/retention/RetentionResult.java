package dk.dfdgrules.rules.retention;

import dk.dfdgrules.core.rule.CombinedResult;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The result of {@link RetentionRules#evaluate}: the derived dates and decisions, typed, and the
 * rules' joined result. An empty part was not asked for, or could not be decided (see the
 * result's missing facts).
 *
 * @param statePensionDate RET-1: the day the citizen reaches state pension age
 * @param earlyPensionDeletionDate RET-1: the first day the early-pension data is deleted
 * @param bookingDeletionDate RET-2: the first day the booking/summons data is deleted
 * @param earlyPensionAccessPermitted RET-3: whether the requester gets the early-pension data
 * @param udkReportingChannel RET-4: how UDK's data reaches the a-kasser on the evaluation date
 * @param result the results of RET-1 … RET-4
 */
public record RetentionResult(
    Optional<LocalDate> statePensionDate,
    Optional<LocalDate> earlyPensionDeletionDate,
    Optional<LocalDate> bookingDeletionDate,
    Optional<Boolean> earlyPensionAccessPermitted,
    Optional<UdkReportingChannel> udkReportingChannel,
    CombinedResult result) {}

import { isoDate } from "../math/calendar-day.js";
import { abstractionMeasures } from "./abstractions.js";
import { onTimeCompletion } from "./on-time-completion.js";
import { outstandingWork } from "./outstanding-work.js";
import { supervisorReviews } from "./supervisor-reviews.js";
/** Runs every operational measure on the extracts; see each measure for its definitions. */
export function operationalMeasures(items, abstractions, { asOf, availableHoursPerMonth, suppressBelow }) {
    return {
        asOf: isoDate(asOf),
        availableHoursPerMonth,
        suppressBelow,
        workItemCount: items.length,
        outstanding: outstandingWork(items, { asOf, suppressBelow }),
        onTimeCompletion: onTimeCompletion(items, { asOf, suppressBelow }),
        supervisorReviews: supervisorReviews(items, { asOf, suppressBelow }),
        abstractions: abstractions === null ? null : abstractionMeasures(abstractions, { asOf, availableHoursPerMonth, suppressBelow }),
    };
}

/**
 * Refuses a history too short for a method, or a horizon that is not a whole number of steps.
 *
 * @param methodLabel the method as an analyst knows it, for the message
 * @throws {RangeError} naming the method, what it needs and what it got
 */
export function requireHistory(methodLabel, history, fewest, horizon) {
    if (history.length < fewest) {
        throw new RangeError(`${methodLabel} needs at least ${fewest} observations, got ${history.length}`);
    }
    if (!Number.isInteger(horizon) || horizon < 1) {
        throw new RangeError(`${methodLabel} needs a horizon of at least one whole step, got ${horizon}`);
    }
}

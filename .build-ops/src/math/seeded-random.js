/**
 * A stream of pseudo-random numbers in [0, 1) that is the same every time for the same seed, so that
 * synthetic extracts and simulations are reproducible byte for byte.
 *
 * The generator is Mulberry32 (Tommy Ettinger, 2017): 32 bits of state, a period of 2³², and good
 * enough statistical quality for making example data. It is not for cryptography. Each draw is the
 * 32-bit output divided by 2³², so it is never 1.
 *
 * @param seed a whole number from 0 to 2³²−1
 * @throws {RangeError} for a seed that is not such a number
 * @example
 * const random = seededRandom(1);
 * random(); // => 0.6270739405881613
 */
export function seededRandom(seed) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw new RangeError(`a seed must be a whole number from 0 to 4294967295, got ${seed}`);
    }
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 15), z | 1);
        z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
        return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
    };
}

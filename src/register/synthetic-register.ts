import { type CalendarDay, calendarDay, dateParts, isoDate } from "../math/calendar-day.js";
import { poissonDraw } from "../math/random-variates.js";
import { seededRandom } from "../math/seeded-random.js";
import { monthEnd, monthOf, monthStart } from "./month-index.js";
import { ageBand } from "./age-band.js";
import type { LeftReason, RegisterRiskLevel } from "./register-person.js";

/** What the synthetic register looks like. */
export interface SyntheticRegisterOptions {
  /** Whole number from 0 to 2³²−1; the same seed gives the same register. */
  seed: number;
  /** The date the extract describes. */
  asOf: CalendarDay;
  /** People on the register at the as-of date, roughly (within a few per cent); default 1,500, a force the size of Norfolk. */
  onRegister?: number;
  /** Years back from the as-of date the extract keeps people who left; default 10. */
  historyYears?: number;
}

/** A row of a register extract, cells as text under the extract's column names. */
export interface SyntheticRegisterRow {
  person_ref: string;
  registered_on: string;
  notification_ends: string;
  left_on: string;
  left_reason: string;
  risk_level: string;
  custody_from: string;
  custody_until: string;
  expected_release: string;
  birth_year: string;
}

/** One kind of disposal a joiner received, and what it means for notification and custody. */
interface Disposal {
  name: string;
  /** Share of joiners (assumption). */
  share: number;
  /** Notification period in years (Sexual Offences Act 2003, s.82); null when indefinite. */
  notificationYears: number | null;
  /** Sentence of imprisonment in months, from and to; null for no custody. */
  sentenceMonths: [number, number] | null;
}

/**
 * The disposals. Notification periods are those of the Sexual Offences Act 2003, section 82:
 * imprisonment for 30 months or more — indefinite; more than 6 and less than 30 months — 10 years;
 * 6 months or less — 7 years; a hospital order — 7 years; a caution — 2 years; a conditional discharge
 * — its length (1 to 3 years here); any other sentence — 5 years. The shares are assumptions, chosen so
 * that about half of the register is indefinite and about one in six of it in custody, near Norfolk's
 * 251 in custody of 1,414 (HMICFRS PEEL 2021/22).
 */
export const disposals: readonly Disposal[] = [
  { name: "imprisonment for 30 months or more", share: 0.34, notificationYears: null, sentenceMonths: [30, 180] },
  { name: "imprisonment for more than 6 and less than 30 months", share: 0.2, notificationYears: 10, sentenceMonths: [7, 29] },
  { name: "imprisonment for 6 months or less", share: 0.05, notificationYears: 7, sentenceMonths: [1, 6] },
  { name: "hospital order", share: 0.02, notificationYears: 7, sentenceMonths: null },
  { name: "community order, suspended sentence or fine", share: 0.27, notificationYears: 5, sentenceMonths: null },
  { name: "conditional discharge", share: 0.02, notificationYears: 2, sentenceMonths: null },
  { name: "caution", share: 0.1, notificationYears: 2, sentenceMonths: null },
];

/** The other parameters: every one an assumption unless its source is given. */
export const syntheticRegisterParameters = {
  /** The register began with the Sex Offenders Act 1997, in force on 1 September 1997. */
  registerStarts: calendarDay(1997, 9, 1),
  /** Joiners a year grow by this fraction each year (assumption; the national register grew 48% in ten years to 2025, MAPPA annual reports). */
  joinerGrowthPerYear: 0.03,
  /** Share of joiners under 18 when convicted, whose notification periods are halved (s.82(2)) (assumption). */
  underEighteenShare: 0.05,
  /** Share of a custodial sentence served before automatic release: one half (Criminal Justice Act 2003, s.244). */
  shareOfSentenceServed: 0.5,
  /** Yearly chance of dying by age band: roughly the ONS national life tables for men (assumption). */
  deathsPerYear: { under_40: 0.001, "40_to_59": 0.005, "60_to_74": 0.02, "75_and_over": 0.08, age_not_given: 0.005 },
  /** Yearly chance of moving to another force area (assumption). */
  movingAwayPerYear: 0.03,
  /** Yearly chance of leaving for another reason (assumption). */
  otherPerYear: 0.003,
  /** An indefinite registration may be reviewed 15 years after release (8 if under 18): Sexual Offences Act 2003, ss.91A–91F. */
  reviewAfterYears: 15,
  /** Yearly chance of removal once eligible for review (assumption). */
  removalOnReviewPerYear: 0.04,
  /** Risk mix of those assessed: NPCC 2016/17 national mix (2% very high, 18% high, 30% medium, 50% low). */
  riskMix: [["very_high", 0.02], ["high", 0.18], ["medium", 0.3], ["low", 0.5]] as const,
  /** Joiners in the last this many days may not be assessed yet: half of them are not (assumption). */
  unassessedDays: 90,
};

/**
 * Makes a synthetic register extract, for trying `mosovo register` and measuring its speed. Nothing in
 * it is about a real person; the references are invented (`SYN-000001`).
 *
 * The register is simulated from its start in September 1997 to the as-of date. Each month brings a
 * Poisson number of joiners, rising by `joinerGrowthPerYear`; each gets a disposal (`disposals`) that
 * sets the notification period and any custody (released after half the sentence), an age at
 * conviction (12–17 for the under-18 share, otherwise 18 to about 80, more of them young), and leaves
 * by the first of: the notification period's end, death, moving away, removal on review, another
 * reason, drawn month by month from `syntheticRegisterParameters`. The joiner rate is set from a first
 * run so that about `onRegister` people are on the register at the as-of date. People who left more
 * than `historyYears` before the as-of date are not in the extract, as in a real one.
 *
 * Rows are in order of registration, with references numbered in that order.
 */
export function syntheticRegister({ seed, asOf, onRegister = 1500, historyYears = 10 }: SyntheticRegisterOptions): SyntheticRegisterRow[] {
  const trial = simulate(seed, asOf, 10, historyYears);
  const present = trial.filter((row) => row.left_on === "").length;
  const joinersPerMonth = present === 0 ? 10 : (10 * onRegister) / present;
  return simulate(seed, asOf, joinersPerMonth, historyYears);
}

function simulate(seed: number, asOf: CalendarDay, joinersPerMonthAtAsOf: number, historyYears: number): SyntheticRegisterRow[] {
  const random = seededRandom(seed);
  const parameters = syntheticRegisterParameters;
  const firstMonth = monthOf(parameters.registerStarts);
  const lastMonth = monthOf(asOf);
  const { year: asOfYear, month: asOfMonth, dayOfMonth: asOfDay } = dateParts(asOf);
  const keepLeftFrom = calendarDay(asOfYear - historyYears, asOfMonth, Math.min(asOfDay, 28));
  const rows: SyntheticRegisterRow[] = [];
  const monthly = (perYear: number) => 1 - (1 - perYear) ** (1 / 12);

  for (let month = firstMonth; month <= lastMonth; month++) {
    const yearsBeforeAsOf = (lastMonth - month) / 12;
    const mean = joinersPerMonthAtAsOf / (1 + parameters.joinerGrowthPerYear) ** yearsBeforeAsOf;
    const count = poissonDraw(mean, random);
    const start = monthStart(month);
    const days = Math.min(monthEnd(month), asOf) - start + 1;
    for (let joiner = 0; joiner < count; joiner++) {
      const registeredOn = start + Math.floor(random() * days);
      const disposal = pick(disposals, random);
      const underEighteen = random() < parameters.underEighteenShare;
      const age = underEighteen ? 12 + Math.floor(random() * 6) : 18 + Math.floor(62 * random() ** 1.6);
      const birthYear = dateParts(registeredOn).year - age;
      const halve = underEighteen ? 0.5 : 1;
      const notificationEnds = disposal.notificationYears === null ? null : registeredOn + Math.round(disposal.notificationYears * halve * 365.25);
      let release: CalendarDay | null = null;
      if (disposal.sentenceMonths !== null) {
        const [low, high] = disposal.sentenceMonths;
        const sentence = low * (high / low) ** random();
        release = registeredOn + Math.max(1, Math.round(sentence * parameters.shareOfSentenceServed * 30.44));
      }

      // month by month until the period ends or something else takes the person off the register
      let leftOn: CalendarDay | null = null;
      let leftReason: LeftReason | null = null;
      const reviewFrom = notificationEnds === null ? (release ?? registeredOn) + Math.round((underEighteen ? 8 : parameters.reviewAfterYears) * 365.25) : Infinity;
      for (let at = monthOf(registeredOn); at <= lastMonth; at++) {
        const end = monthEnd(at);
        if (notificationEnds !== null && notificationEnds <= Math.min(end, asOf)) {
          leftOn = notificationEnds;
          leftReason = "period_ended";
          break;
        }
        const year = dateParts(end).year;
        const chances: [LeftReason, number][] = [
          ["died", monthly(parameters.deathsPerYear[ageBand(year, birthYear)])],
          ["moved_away", monthly(parameters.movingAwayPerYear)],
          ["other", monthly(parameters.otherPerYear)],
          ["removed_on_review", end >= reviewFrom ? monthly(parameters.removalOnReviewPerYear) : 0],
        ];
        let draw = random();
        const leaving = chances.find(([, chance]) => (draw -= chance) < 0);
        if (leaving !== undefined) {
          const day = Math.max(registeredOn, monthStart(at)) + Math.floor(random() * (Math.min(end, asOf) - Math.max(registeredOn, monthStart(at)) + 1));
          if (day <= asOf) {
            leftOn = day;
            leftReason = leaving[0];
            break;
          }
        }
      }
      if (leftOn !== null && leftOn < keepLeftFrom) continue;

      const inCustodyAtEnd = release !== null && release > (leftOn ?? asOf);
      const recent = asOf - registeredOn < parameters.unassessedDays && random() < 0.5;
      const riskLevel: RegisterRiskLevel = recent ? "unassessed" : pick(parameters.riskMix.map(([level, share]) => ({ level, share })), random).level;
      rows.push({
        person_ref: "",
        registered_on: isoDate(registeredOn),
        notification_ends: notificationEnds === null ? "" : isoDate(notificationEnds),
        left_on: leftOn === null ? "" : isoDate(leftOn),
        left_reason: leftReason ?? "",
        risk_level: riskLevel === "unassessed" ? "" : riskLevel,
        custody_from: release === null ? "" : isoDate(registeredOn),
        custody_until: release === null || inCustodyAtEnd ? "" : isoDate(release),
        expected_release: release !== null && inCustodyAtEnd && leftOn === null ? isoDate(release) : "",
        birth_year: String(birthYear),
      });
    }
  }
  return rows.map((row, index) => ({ ...row, person_ref: `SYN-${String(index + 1).padStart(6, "0")}` }));
}

function pick<Choice extends { share: number }>(choices: readonly Choice[], random: () => number): Choice {
  let draw = random() * choices.reduce((sum, choice) => sum + choice.share, 0);
  for (const choice of choices) if ((draw -= choice.share) < 0) return choice;
  return choices[choices.length - 1];
}

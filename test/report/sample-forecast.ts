import type { CaseloadForecast, MethodForecast } from "../../src/forecast/caseload-forecast.js";
import type { Provenance } from "../../src/report/provenance.js";

// A hand-made forecast result, shaped like the forecast stage's output for a force of about 1,250
// registered sex offenders. The numbers are invented, not fitted: the report tests check layout and
// escaping, not forecasting. 2019 is missing from the "input" and filled in halfway between 2018
// and 2020: (1,072 + 1,123) ÷ 2 = 1,097.5.

const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

const damped: MethodForecast = {
  method: "damped",
  label: "Holt's damped trend",
  forecast: {
    method: "damped",
    point: [1272.4, 1294.1, 1315.2, 1335.6, 1355.3],
    intervals: [
      // point ∓ 20 × √h
      { level: 80, lower: [1252.4, 1265.82, 1280.56, 1295.6, 1310.58], upper: [1292.4, 1322.38, 1349.84, 1375.6, 1400.02] },
      // point ∓ 30.6 × √h
      { level: 95, lower: [1241.8, 1250.83, 1262.2, 1274.4, 1286.88], upper: [1303, 1337.37, 1368.2, 1396.8, 1423.72] },
    ],
  },
};

const naive: MethodForecast = {
  method: "naive",
  label: "Naive (no change)",
  forecast: {
    method: "naive",
    point: [1250, 1250, 1250, 1250, 1250],
    intervals: [
      { level: 80, lower: [1220, 1207.6, 1197.0, 1190, 1182.9], upper: [1280, 1292.4, 1303.0, 1310, 1317.1] },
      { level: 95, lower: [1204.1, 1185.1, 1170.5, 1158.2, 1147.4], upper: [1295.9, 1314.9, 1329.5, 1341.8, 1352.6] },
    ],
  },
};

const drift: MethodForecast = {
  method: "drift",
  label: "Random walk with drift",
  forecast: {
    method: "drift",
    // 1,250 + h × (1,250 − 905) ÷ 11
    point: [1281.36, 1312.73, 1344.09, 1375.45, 1406.82],
    intervals: [
      { level: 80, lower: [1266.1, 1290.5, 1315.8, 1341.6, 1367.8], upper: [1296.6, 1334.9, 1372.4, 1409.3, 1445.8] },
      { level: 95, lower: [1258.0, 1278.7, 1300.8, 1323.6, 1347.2], upper: [1304.7, 1346.8, 1387.4, 1427.3, 1466.4] },
    ],
  },
};

export const sampleForecast: CaseloadForecast = {
  history: {
    periodEnding: years.map((year) => `${year}-03-31`),
    values: [905, 948, 990, 1031, 1072, 1097.5, 1123, 1163, 1181, 1204, 1227, 1250],
    filled: years.map((year) => year === 2019),
    warnings: ["No figure for the year ending 31 March 2019: filled in halfway between 2018 and 2020 (1,097.5)."],
  },
  horizon: 5,
  levels: [80, 95],
  futurePeriodEnding: ["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31", "2030-03-31"],
  chosen: damped,
  choice: {
    rule: "Auto chooses the method with the lowest MASE averaged over 1 to 3 years ahead in the backtest; ties go to the method listed first.",
    reason: "Holt's damped trend had the lowest (0.62, against 0.71 for random walk with drift and 1.48 for naive).",
  },
  methods: [naive, drift, damped],
  backtest: [
    { method: "naive", horizon: 1, forecasts: 8, mape: 3.42, mase: 1.01, coverage: [{ level: 80, share: 0.75 }, { level: 95, share: 0.875 }] },
    { method: "naive", horizon: 2, forecasts: 7, mape: 6.85, mase: 1.49, coverage: [{ level: 80, share: 0.571428571 }, { level: 95, share: 0.857142857 }] },
    { method: "naive", horizon: 3, forecasts: 6, mape: 10.1, mase: 1.94, coverage: [{ level: 80, share: 0.5 }, { level: 95, share: 0.833333333 }] },
    { method: "drift", horizon: 1, forecasts: 8, mape: 1.21, mase: 0.48, coverage: [{ level: 80, share: 0.875 }, { level: 95, share: 1 }] },
    { method: "drift", horizon: 2, forecasts: 7, mape: 2.05, mase: 0.7, coverage: [{ level: 80, share: 0.857142857 }, { level: 95, share: 1 }] },
    { method: "drift", horizon: 3, forecasts: 6, mape: 2.98, mase: 0.95, coverage: [{ level: 80, share: 0.833333333 }, { level: 95, share: 1 }] },
    { method: "damped", horizon: 1, forecasts: 8, mape: 1.02, mase: 0.41, coverage: [{ level: 80, share: 0.875 }, { level: 95, share: 1 }] },
    { method: "damped", horizon: 2, forecasts: 7, mape: 1.88, mase: 0.61, coverage: [{ level: 80, share: 0.714285714 }, { level: 95, share: 1 }] },
    { method: "damped", horizon: 3, forecasts: 6, mape: 2.6, mase: 0.84, coverage: [{ level: 80, share: 0.666666667 }, { level: 95, share: 0.833333333 }] },
  ],
  warnings: ["No figure for the year ending 31 March 2019: filled in halfway between 2018 and 2020 (1,097.5)."],
};

export const sampleProvenance: Provenance = {
  tool: { name: "mosovo-workload", version: "0.1.0" },
  commandLine: "mosovo forecast --history data/example-force-rso.csv --horizon 5 --levels 80,95 --out reports/example",
  inputs: [
    { file: "data/example-force-rso.csv", sha256: "4f5c1b0d6a1e2c3b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c", rowsUsed: 11 },
  ],
  options: [
    { name: "--horizon", value: "5" },
    { name: "--method", value: "auto" },
    { name: "--levels", value: "80,95" },
  ],
  seed: null,
  methodReferences: [
    { method: "Naive (no change)", reference: "Hyndman & Athanasopoulos, FPP3 §5.2; R forecast::naive" },
    { method: "Random walk with drift", reference: "Hyndman & Athanasopoulos, FPP3 §5.2; R forecast::rwf(drift = TRUE)" },
    { method: "Holt's damped trend", reference: "Gardner & McKenzie (1985); R forecast::ets(model = \"AAN\", damped = TRUE)" },
  ],
  assumptions: [
    { statement: "Registered sex offenders counted at 31 March each year", source: "data/example-force-rso.csv", isAssumption: false },
    { statement: "A missing year lies halfway between its neighbours", source: "tool default", isAssumption: true },
  ],
  warnings: ["No figure for the year ending 31 March 2019: filled in halfway between 2018 and 2020 (1,097.5)."],
};
